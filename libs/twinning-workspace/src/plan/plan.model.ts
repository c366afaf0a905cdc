import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { TwinningRole } from '../workspace.enums.js';
import type { BudgetLineEntity, MilestoneEntity, ParticipantRow } from './plan.entity.js';

@ObjectType('TwinningParticipant')
export class TwinningParticipant {
  @Field(() => TwinningRole) role!: TwinningRole;
  @HideField() administrationId!: string;
  @HideField() contactId!: string | null;
}

@ObjectType('Milestone')
export class Milestone {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Date, { nullable: true }) dueDate!: Date | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
}

@ObjectType('BudgetLine')
export class BudgetLine {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => Int) plannedEuro!: number;
  @Field(() => Int) spentEuro!: number;
}

export const toTwinningParticipant = (row: ParticipantRow): TwinningParticipant => ({
  role: row.role,
  administrationId: row.administrationId,
  contactId: row.contactId,
});
export const toMilestone = (e: MilestoneEntity): Milestone => ({ id: e.id, title: e.title, dueDate: e.dueDate, doneAt: e.doneAt });
export const toBudgetLine = (e: BudgetLineEntity): BudgetLine => ({ id: e.id, label: e.label, plannedEuro: e.plannedEuro, spentEuro: e.spentEuro });
