import { registerEnumType } from '@nestjs/graphql';

export enum NeedStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Where an administration stands with a practice; ABANDONED may follow any stage. */
export enum AdoptionStage {
  INTERESTED = 'INTERESTED',
  EVALUATING = 'EVALUATING',
  PILOT = 'PILOT',
  IN_USE = 'IN_USE',
  ABANDONED = 'ABANDONED',
}

export const ADOPTION_STAGE_NAMES: Record<AdoptionStage, string> = {
  [AdoptionStage.INTERESTED]: 'interesse',
  [AdoptionStage.EVALUATING]: 'in valutazione',
  [AdoptionStage.PILOT]: 'in sperimentazione',
  [AdoptionStage.IN_USE]: 'in uso',
  [AdoptionStage.ABANDONED]: 'abbandonata',
};

registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(AdoptionStage, { name: 'AdoptionStage' });
