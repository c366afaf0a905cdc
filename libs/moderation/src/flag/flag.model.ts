import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import type { FlagEntity } from './flag.entity.js';
import { FlagStatus } from './flag.enums.js';

@ObjectType('Flag')
export class Flag {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
  @Field(() => FlagStatus) status!: FlagStatus;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @HideField() postId!: string;
  @HideField() reporterId!: string;
  @HideField() resolvedById!: string | null;
}

@ObjectType('FlagConnection')
export class FlagConnection extends ConnectionType(Flag) {}

export function toFlag(entity: FlagEntity): Flag {
  return {
    id: entity.id,
    reason: entity.reason,
    status: entity.status,
    createdAt: entity.createdAt,
    resolvedAt: entity.resolvedAt,
    postId: entity.postId,
    reporterId: entity.reporterId,
    resolvedById: entity.resolvedById,
  };
}
