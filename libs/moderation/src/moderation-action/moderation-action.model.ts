import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import type { ModerationActionEntity } from './moderation-action.entity.js';

@ObjectType('ModerationAction')
export class ModerationAction {
  @Field(() => ID) id!: string;
  @Field({ description: 'PIN, UNPIN, LOCK, UNLOCK, HIDE_THREAD, RESTORE_THREAD, HIDE_POST, RESTORE_POST, MOVE, MERGE, FLAG_UPHELD, FLAG_DISMISSED, SET_ROLE, SET_STATUS (RESOLVE_FLAG: righe precedenti)' })
  action!: string;
  @Field({ description: "THREAD, POST (anche per le segnalazioni risolte), MEMBER; FLAG nelle righe precedenti" })
  targetType!: string;
  @Field(() => ID, { description: "l'identificativo della discussione, del messaggio o del membro" })
  targetId!: string;
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
