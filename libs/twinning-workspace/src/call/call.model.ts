import { Field, Float, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { CallStatus } from '../workspace.enums.js';
import type { CriterionScoreEntity, SelectionCriterionEntity, TwinningApplicationEntity, TwinningCallEntity } from './call.entity.js';

@ObjectType('TwinningCall')
export class TwinningCall {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field() deadline!: Date;
  @Field(() => Int) seats!: number;
  @Field(() => CallStatus) status!: CallStatus;
  @Field() createdAt!: Date;
  @HideField() practiceId!: string;
  @HideField() twinningId!: string | null;
}

@ObjectType('TwinningCallConnection')
export class TwinningCallConnection extends ConnectionType(TwinningCall) {}

@ObjectType('SelectionCriterion')
export class SelectionCriterion {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => Float) weight!: number;
}

@ObjectType('TwinningApplication')
export class TwinningApplication {
  @Field(() => ID) id!: string;
  @Field() motivation!: string;
  @Field(() => Int, { nullable: true, description: 'posto in graduatoria, quando l’avviso è aggiudicato' }) rank!: number | null;
  @Field() selected!: boolean;
  @Field() createdAt!: Date;
  @HideField() callId!: string;
  @HideField() administrationId!: string;
  @HideField() authorId!: string;
}

@ObjectType('CriterionScore')
export class CriterionScore {
  @Field(() => Float) score!: number;
  @HideField() criterionId!: string;
  @HideField() scoredById!: string;
}

/** OPEN until the deadline, CLOSED after it, AWARDED once awardCall ran. */
export function callStatusOf(call: Pick<TwinningCallEntity, 'awardedAt' | 'deadline'>, now = new Date()): CallStatus {
  if (call.awardedAt) return CallStatus.AWARDED;
  return new Date(call.deadline).getTime() > now.getTime() ? CallStatus.OPEN : CallStatus.CLOSED;
}

export function toTwinningCall(entity: TwinningCallEntity): TwinningCall {
  return {
    id: entity.id,
    title: entity.title,
    description: entity.description,
    deadline: entity.deadline,
    seats: entity.seats,
    status: callStatusOf(entity),
    createdAt: entity.createdAt,
    practiceId: entity.practiceId,
    twinningId: entity.twinningId,
  };
}

export function toSelectionCriterion(entity: SelectionCriterionEntity): SelectionCriterion {
  return { id: entity.id, label: entity.label, weight: entity.weight };
}

export function toTwinningApplication(entity: TwinningApplicationEntity): TwinningApplication {
  return {
    id: entity.id,
    motivation: entity.motivation,
    rank: entity.rank,
    selected: entity.selected,
    createdAt: entity.createdAt,
    callId: entity.callId,
    administrationId: entity.administrationId,
    authorId: entity.authorId,
  };
}

export function toCriterionScore(entity: CriterionScoreEntity): CriterionScore {
  return { score: entity.score, criterionId: entity.criterionId, scoredById: entity.scoredById };
}
