import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { TwinningStatus } from '../enums.js';
import type { TwinningStatusChangeEntity } from './twinning-status-change.entity.js';
import type { TwinningEntity } from './twinning.entity.js';

@ObjectType('Twinning')
export class Twinning {
  @Field(() => ID) id!: string;
  @Field(() => TwinningStatus) status!: TwinningStatus;
  @Field() objectives!: string;
  @Field(() => Int, { nullable: true }) budgetEuro!: number | null;
  @Field(() => Date, { nullable: true }) startDate!: Date | null;
  @Field(() => Date, { nullable: true }) endDate!: Date | null;
  @Field() createdAt!: Date;
  @HideField() practiceId!: string;
  @HideField() offeringAdministrationId!: string;
}

@ObjectType('TwinningConnection')
export class TwinningConnection extends ConnectionType(Twinning) {}

@ObjectType('TwinningStatusChange')
export class TwinningStatusChange {
  @Field(() => TwinningStatus, { nullable: true }) from!: TwinningStatus | null;
  @Field(() => TwinningStatus) to!: TwinningStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
  @HideField() byId!: string;
}

export function toTwinning(entity: TwinningEntity): Twinning {
  return {
    id: entity.id,
    status: entity.status,
    objectives: entity.objectives,
    budgetEuro: entity.budgetEuro,
    startDate: entity.startDate,
    endDate: entity.endDate,
    createdAt: entity.createdAt,
    practiceId: entity.practiceId,
    offeringAdministrationId: entity.offeringAdministrationId,
  };
}

export function toTwinningStatusChange(entity: TwinningStatusChangeEntity): TwinningStatusChange {
  return { from: entity.from, to: entity.to, note: entity.note, at: entity.at, byId: entity.byId };
}
