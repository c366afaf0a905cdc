import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { Theme } from '@app/members';
import { NeedStatus } from '../reuse.enums.js';
import type { NeedEntity } from './need.entity.js';

@ObjectType('Need')
export class Need {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Markdown' }) description!: string;
  @Field() descriptionHtml!: string;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => NeedStatus) status!: NeedStatus;
  @Field() createdAt!: Date;
  @HideField() administrationId!: string;
  @HideField() authorId!: string;
}

@ObjectType('NeedConnection')
export class NeedConnection extends ConnectionType(Need) {}

export function toNeed(entity: NeedEntity): Need {
  return {
    id: entity.id,
    title: entity.title,
    description: entity.description,
    descriptionHtml: entity.descriptionHtml,
    themes: entity.themes,
    status: entity.status,
    createdAt: entity.createdAt,
    administrationId: entity.administrationId,
    authorId: entity.authorId,
  };
}
