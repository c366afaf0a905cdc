import type {
  AdministrationKind,
  AdoptionStage,
  CallStatus,
  DocumentKind,
  FlagStatus,
  DigestFrequency,
  FollowLevel,
  InvitationStatus,
  MemberStatus,
  NeedStatus,
  NotificationType,
  Position,
  PracticeStatus,
  Region,
  Role,
  Theme,
  ThreadOrder,
  TwinningRole,
  TwinningStatus,
} from '../gql/graphql';

export const THEMES: Record<Theme, string> = {
  CITIZEN_SERVICES: 'Servizi ai cittadini',
  BUSINESS_SERVICES: 'Servizi alle imprese',
  PROCESS_INNOVATION: 'Innovazione dei processi nella PA e dematerializzazione',
  PUBLIC_CONNECTIVITY: 'Sistema pubblico di connettività (SPC)',
  PUBLIC_INFORMATION_ASSETS: 'Patrimonio informativo pubblico',
  INTEROPERABILITY: 'Interoperabilità e cooperazione applicativa',
};

export const REGIONS: Record<Region, string> = {
  ABRUZZO: 'Abruzzo',
  BASILICATA: 'Basilicata',
  CALABRIA: 'Calabria',
  CAMPANIA: 'Campania',
  EMILIA_ROMAGNA: 'Emilia-Romagna',
  FRIULI_VENEZIA_GIULIA: 'Friuli-Venezia Giulia',
  LAZIO: 'Lazio',
  LIGURIA: 'Liguria',
  LOMBARDIA: 'Lombardia',
  MARCHE: 'Marche',
  MOLISE: 'Molise',
  PIEMONTE: 'Piemonte',
  PUGLIA: 'Puglia',
  SARDEGNA: 'Sardegna',
  SICILIA: 'Sicilia',
  TOSCANA: 'Toscana',
  TRENTINO_ALTO_ADIGE: 'Trentino-Alto Adige',
  UMBRIA: 'Umbria',
  VALLE_D_AOSTA: "Valle d'Aosta",
  VENETO: 'Veneto',
};

export const POSITIONS: Record<Position, string> = { MANAGER: 'Dirigente', OFFICIAL: 'Funzionario', OTHER: 'Altro' };

export const ROLES: Record<Role, string> = { MEMBER: 'Membro', MODERATOR: 'Moderatore', ADMIN: 'Amministratore' };

export const MEMBER_STATUSES: Record<MemberStatus, string> = { ACTIVE: 'Attivo', SUSPENDED: 'Sospeso' };

export const ADMINISTRATION_KINDS: Record<AdministrationKind, string> = {
  MUNICIPALITY: 'Comune',
  UNION_OF_MUNICIPALITIES: 'Unione di comuni',
  METROPOLITAN_CITY: 'Città metropolitana',
  PROVINCE: 'Provincia',
  REGION: 'Regione',
  HEALTH_AUTHORITY: 'Azienda sanitaria',
  UNIVERSITY: 'Università',
  CENTRAL_ADMINISTRATION: 'Amministrazione centrale',
  FOREIGN_ADMINISTRATION: 'Amministrazione estera',
  OTHER: 'Altro',
};

export const TWINNING_STATUSES: Record<TwinningStatus, string> = {
  PROPOSED: 'Proposto',
  APPROVED: 'Approvato',
  ACTIVE: 'Attivo',
  COMPLETED: 'Concluso',
  CANCELLED: 'Annullato',
};

/** One colour per twinning status (with its label: the colour is never the only cue). */
export const TWINNING_STATUS_BADGES: Record<TwinningStatus, string> = {
  PROPOSED: 'bg-warning',
  APPROVED: 'bg-primary',
  ACTIVE: 'bg-success',
  COMPLETED: 'bg-dark',
  CANCELLED: 'bg-danger',
};

export const CALL_STATUSES: Record<CallStatus, string> = { OPEN: 'Aperto', CLOSED: 'Scaduto', AWARDED: 'Aggiudicato' };

export const CALL_STATUS_BADGES: Record<CallStatus, string> = { OPEN: 'bg-success', CLOSED: 'bg-warning', AWARDED: 'bg-dark' };

export const TWINNING_ROLES: Record<TwinningRole, string> = { OFFERING: 'Offerente', RECEIVING: 'Ricevente', COORDINATOR: 'Coordinatrice' };

export const INVITATION_STATUSES: Record<InvitationStatus, string> = {
  PENDING: 'In attesa',
  ACCEPTED: 'Accettato',
  EXPIRED: 'Scaduto',
  REVOKED: 'Revocato',
};

export const INVITATION_STATUS_BADGES: Record<InvitationStatus, string> = {
  PENDING: 'bg-primary',
  ACCEPTED: 'bg-success',
  EXPIRED: 'bg-warning',
  REVOKED: 'bg-danger',
};

/** In the order documents are grouped on a page: the reuse kit first. */
export const DOCUMENT_KINDS: Record<DocumentKind, string> = {
  REUSE_KIT: 'Kit di riuso',
  TECHNICAL: 'Documentazione tecnica',
  PROCEDURE: 'Procedure e modulistica',
  AGREEMENT: 'Convenzioni e accordi',
  PRESENTATION: 'Presentazioni',
  DATASET: 'Dati',
  OTHER: 'Altri documenti',
};

/** Licences offered as suggestions when attaching a document (any SPDX identifier is accepted). */
export const COMMON_LICENCES = ['EUPL-1.2', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'AGPL-3.0-or-later', 'GPL-3.0-or-later', 'LGPL-3.0-or-later', 'MIT', 'Apache-2.0'];

export const PRACTICE_STATUSES: Record<PracticeStatus, string> = { DRAFT: 'Bozza', PUBLISHED: 'Pubblicata', ARCHIVED: 'Archiviata' };

export const FLAG_STATUSES: Record<FlagStatus, string> = { OPEN: 'Aperta', UPHELD: 'Accolta', DISMISSED: 'Respinta' };

export const FOLLOW_LEVELS: Record<FollowLevel, string> = {
  WATCHING: 'Segui tutto',
  WATCHING_FIRST_POST: 'Solo nuove discussioni',
  MUTED: 'Silenzia',
};

export const NOTIFICATION_TYPES: Record<NotificationType, string> = {
  NEW_THREAD: 'Nuova discussione',
  NEW_POST: 'Nuovo messaggio',
  REPLY: 'Risposta',
  MENTION: 'Menzione',
  PRACTICE_UPDATED: 'Buona pratica aggiornata',
  PRACTICE_LINKED: 'Discussione collegata',
  MODERATION: 'Moderazione',
  TWINNING_STATUS: 'Gemellaggio',
  TWINNING_CALL: 'Avviso di gemellaggio',
  EVENT: 'Incontro',
  NEED_MATCHED: 'Fabbisogno corrispondente',
  ADOPTION: 'Adozione',
  DOCUMENT: 'Documento',
  NEW_FLAG: 'Nuova segnalazione',
  CALL_OUTCOME: 'Esito dell’avviso',
  MILESTONE: 'Scadenza del piano',
};

/** The notification types the server sends, in the order the e-mail settings offer them. */
export const EMAILED_NOTIFICATION_TYPES: NotificationType[] = [
  'MENTION',
  'REPLY',
  'NEW_POST',
  'NEW_THREAD',
  'MODERATION',
  'TWINNING_STATUS',
  'PRACTICE_UPDATED',
  'PRACTICE_LINKED',
  'DOCUMENT',
  'NEED_MATCHED',
  'ADOPTION',
  'NEW_FLAG',
];

export const NEED_STATUSES: Record<NeedStatus, string> = { OPEN: 'Aperto', CLOSED: 'Chiuso' };

/** In the order an adoption moves: abandoning may come at any stage. */
export const ADOPTION_STAGES: Record<AdoptionStage, string> = {
  INTERESTED: 'Interesse',
  EVALUATING: 'In valutazione',
  PILOT: 'In sperimentazione',
  IN_USE: 'In uso',
  ABANDONED: 'Abbandonata',
};

/** One colour per adoption stage (with its label: the colour is never the only cue). */
export const ADOPTION_STAGE_BADGES: Record<AdoptionStage, string> = {
  INTERESTED: 'bg-secondary',
  EVALUATING: 'bg-warning',
  PILOT: 'bg-primary',
  IN_USE: 'bg-success',
  ABANDONED: 'bg-danger',
};

/** The figures of the coverage map, in the order the switch offers them. */
export const COVERAGE_FIGURES = {
  practicesOffered: 'Pratiche offerte',
  adoptionsInUse: 'Adozioni in uso verificate',
  openNeeds: 'Fabbisogni aperti',
  activeTwinnings: 'Gemellaggi in corso',
} as const;

export type CoverageFigure = keyof typeof COVERAGE_FIGURES;

export const DIGEST_FREQUENCIES: Record<DigestFrequency, string> = {
  WEEKLY: 'Ogni lunedì',
  DAILY: 'Ogni giorno',
  NEVER: 'Mai',
};

export const MODERATION_ACTIONS: Record<string, string> = {
  PIN: 'In evidenza',
  UNPIN: 'Tolta dall’evidenza',
  LOCK: 'Chiusura',
  UNLOCK: 'Riapertura',
  HIDE_THREAD: 'Discussione nascosta',
  RESTORE_THREAD: 'Discussione ripristinata',
  HIDE_POST: 'Messaggio nascosto',
  RESTORE_POST: 'Messaggio ripristinato',
  MOVE: 'Spostamento',
  MERGE: 'Unione',
  FLAG_UPHELD: 'Segnalazione accolta',
  FLAG_DISMISSED: 'Segnalazione respinta',
  RESOLVE_FLAG: 'Segnalazione risolta',
  SET_ROLE: 'Cambio di ruolo',
  SET_STATUS: 'Cambio di stato',
};

/** The orders of a thread list (forum, category), in the order the select offers them. */
export const THREAD_ORDERS: Record<ThreadOrder, string> = {
  LAST_ACTIVITY: 'Ultima attività',
  NEWEST: 'Più recenti',
  MOST_USEFUL: 'Più utili',
};

export function entries<K extends string>(labels: Record<K, string>): [K, string][] {
  return Object.entries(labels) as [K, string][];
}
