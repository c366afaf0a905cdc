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

/** Orders of the catalogue; RELEVANCE needs a text query (filter.query), else it is UPDATED. */
export enum PracticeOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  UPDATED = 'UPDATED',
  TITLE = 'TITLE',
}

/** What a document of a practice or twinning is. */
export enum DocumentKind {
  REUSE_KIT = 'REUSE_KIT',
  TECHNICAL = 'TECHNICAL',
  PROCEDURE = 'PROCEDURE',
  AGREEMENT = 'AGREEMENT',
  PRESENTATION = 'PRESENTATION',
  DATASET = 'DATASET',
  OTHER = 'OTHER',
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
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  valuesMap: {
    REUSE_KIT: { description: 'kit di riuso' },
    TECHNICAL: { description: 'documentazione tecnica' },
    PROCEDURE: { description: 'procedura, modulistica' },
    AGREEMENT: { description: 'convenzione, accordo' },
    PRESENTATION: { description: 'presentazione' },
    DATASET: { description: 'dati' },
    OTHER: { description: 'altro' },
  },
});
registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  description: 'RELEVANCE chiede filter.query, altrimenti vale UPDATED',
  valuesMap: {
    RELEVANCE: { description: 'dalla più pertinente' },
    NEWEST: { description: 'dalla più recente' },
    UPDATED: { description: 'dalla aggiornata più di recente' },
    TITLE: { description: 'per titolo, in ordine alfabetico' },
  },
});
