import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import type { PracticeUpdateEntity } from './practice-update.entity.js';

@ObjectType('PracticeUpdate')
export class PracticeUpdate {
  @Field(() => ID) id!: string;
  @Field({ description: 'il riepilogo delle modifiche scritto da chi ha aggiornato la scheda' }) summary!: string;
  @Field() createdAt!: Date;
  @HideField() practiceId!: string;
  @HideField() authorId!: string;
}

export function toPracticeUpdate(entity: PracticeUpdateEntity): PracticeUpdate {
  return {
    id: entity.id,
    summary: entity.changeSummary,
    createdAt: entity.createdAt,
    practiceId: entity.practiceId,
    authorId: entity.authorId,
  };
}
