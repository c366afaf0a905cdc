import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import type { ModerationActionEntity } from './moderation-action.entity.js';

@ObjectType('ModerationAction')
export class ModerationAction {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field() targetType!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() createdAt!: Date;
  @HideField() moderatorId!: string;
}

@ObjectType('ModerationActionConnection')
export class ModerationActionConnection extends ConnectionType(ModerationAction) {}

export function toModerationAction(entity: ModerationActionEntity): ModerationAction {
  return {
    id: entity.id,
    action: entity.action,
    targetType: entity.targetType,
    targetId: entity.targetId,
    reason: entity.reason,
    createdAt: entity.createdAt,
    moderatorId: entity.moderatorId,
  };
}
