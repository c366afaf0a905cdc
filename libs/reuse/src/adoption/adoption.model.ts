import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { AdoptionStage } from '../reuse.enums.js';
import type { AdoptionEntity, AdoptionStageChangeEntity } from './adoption.entity.js';

@ObjectType('Adoption')
export class Adoption {
  @Field(() => ID) id!: string;
  @Field(() => AdoptionStage) stage!: AdoptionStage;
  @Field({ description: 'confermata da un referente della pratica o da un moderatore; un cambio di fase la annulla' }) verified!: boolean;
  @Field() updatedAt!: Date;
  @HideField() practiceId!: string;
  @HideField() administrationId!: string;
  @HideField() twinningId!: string | null;
  @HideField() verifiedById!: string | null;
}

@ObjectType('AdoptionStageChange')
export class AdoptionStageChange {
  @Field(() => AdoptionStage, { nullable: true }) from!: AdoptionStage | null;
  @Field(() => AdoptionStage) to!: AdoptionStage;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
  @HideField() byId!: string;
}

export function toAdoption(entity: AdoptionEntity): Adoption {
  return {
    id: entity.id,
    stage: entity.stage,
    verified: entity.verifiedById !== null,
    updatedAt: entity.updatedAt,
    practiceId: entity.practiceId,
    administrationId: entity.administrationId,
    twinningId: entity.twinningId,
    verifiedById: entity.verifiedById,
  };
}

export function toAdoptionStageChange(entity: AdoptionStageChangeEntity): AdoptionStageChange {
  return { from: entity.from, to: entity.to, note: entity.note, at: entity.at, byId: entity.byId };
}
