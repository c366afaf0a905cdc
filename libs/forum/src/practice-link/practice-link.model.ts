import { Field, HideField, ObjectType } from '@nestjs/graphql';
import type { PracticeLinkEntity } from './practice-link.entity.js';

@ObjectType('PracticeLink')
export class PracticeLink {
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() linkedAt!: Date;
  @HideField() threadId!: string;
  @HideField() practiceId!: string;
  @HideField() linkedById!: string;
}

export function toPracticeLink(entity: PracticeLinkEntity): PracticeLink {
  return {
    note: entity.note,
    linkedAt: entity.linkedAt,
    threadId: entity.threadId,
    practiceId: entity.practiceId,
    linkedById: entity.linkedById,
  };
}
