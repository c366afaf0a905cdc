import { registerEnumType } from '@nestjs/graphql';

export enum PracticeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum TwinningStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const PRACTICE_STATUS_NAMES: Record<PracticeStatus, string> = {
  [PracticeStatus.DRAFT]: 'bozza',
  [PracticeStatus.PUBLISHED]: 'pubblicata',
  [PracticeStatus.ARCHIVED]: 'archiviata',
};

export const TWINNING_STATUS_NAMES: Record<TwinningStatus, string> = {
  [TwinningStatus.PROPOSED]: 'proposto',
  [TwinningStatus.APPROVED]: 'approvato',
  [TwinningStatus.ACTIVE]: 'attivo',
  [TwinningStatus.COMPLETED]: 'concluso',
  [TwinningStatus.CANCELLED]: 'annullato',
};

registerEnumType(PracticeStatus, { name: 'PracticeStatus' });
registerEnumType(TwinningStatus, { name: 'TwinningStatus' });
