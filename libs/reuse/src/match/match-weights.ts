import { AdministrationKind, THEME_NAMES, type Theme } from '@app/members';

/**
 * The one home of the matching's weights: each signal is in 0..1 and the score is their weighted
 * sum (the weights add up to 1, so the score is in 0..1 too). Changing a weight changes the
 * ranking measured by the labelled set (bench suite `needs`, test/needs/labelled-set.e2e-spec.ts).
 */
export const MATCH_WEIGHTS = {
  /** Italian full text: the share of the need's words (by rarity in the catalogue) the practice holds. */
  text: 0.55,
  /** The share of the need's themes that the practice has. */
  themes: 0.2,
  /** Verified adoptions in use elsewhere: a practice that travelled weighs more. */
  adoptions: 0.08,
  /** Completed twinnings of the practice. */
  twinnings: 0.05,
  /** The offering or an adopting administration is of the needing one's kind and size. */
  similarity: 0.07,
  /** How recently the practice was updated. */
  recency: 0.05,
} as const;

export type MatchSignal = keyof typeof MATCH_WEIGHTS;

/** The knobs of each signal's curve, next to the weights. */
export const MATCH_TUNING = {
  /** The text signal is the share of the need's weighted words to this power (below 1: the first words count most). */
  textExponent: 0.5,
  /** A word found only in the practice's documents counts this much of one in its record. */
  documentWordFactor: 0.5,
  /** A word in the title, summary or tags counts fully; one only in the description or technologies this much. */
  bodyWordFactor: 0.6,
  /** Verified adoptions in use at which the adoption signal is full. */
  adoptionsFull: 5,
  /** Completed twinnings at which the twinning signal is full. */
  twinningsFull: 3,
  /** Half-life in days of the recency signal. */
  recencyHalfLifeDays: 365,
  /** Recency from which "Aggiornata di recente" is given as a reason. */
  recentReason: 0.5,
  /** The text signal from which its words are given as a reason. */
  textReason: 0.15,
} as const;

/** Contacts of the practices matching a new need at least this well get NEED_MATCHED. */
export const NEED_MATCHED_THRESHOLD = 0.4;
/** At most this many practices, the best, are notified for one need. */
export const NEED_MATCHED_MAX_PRACTICES = 5;

/**
 * Kind and size in one: kinds of one group are administrations of similar size and tasks
 * (small local bodies, large local bodies, …); the same kind is fully similar, the same group half.
 */
const KIND_GROUPS: Record<AdministrationKind, string> = {
  [AdministrationKind.MUNICIPALITY]: 'small-local',
  [AdministrationKind.UNION_OF_MUNICIPALITIES]: 'small-local',
  [AdministrationKind.METROPOLITAN_CITY]: 'large-local',
  [AdministrationKind.PROVINCE]: 'large-local',
  [AdministrationKind.REGION]: 'large-local',
  [AdministrationKind.HEALTH_AUTHORITY]: 'health',
  [AdministrationKind.UNIVERSITY]: 'university',
  [AdministrationKind.CENTRAL_ADMINISTRATION]: 'central',
  [AdministrationKind.FOREIGN_ADMINISTRATION]: 'foreign',
  [AdministrationKind.OTHER]: 'other',
};

/** The kinds and their groups as two parallel arrays, for the statement. */
export const KIND_GROUP_ROWS = {
  kinds: Object.keys(KIND_GROUPS),
  groups: Object.values(KIND_GROUPS),
};

export const KIND_NAMES: Record<AdministrationKind, string> = {
  [AdministrationKind.MUNICIPALITY]: 'comune',
  [AdministrationKind.UNION_OF_MUNICIPALITIES]: 'unione di comuni',
  [AdministrationKind.METROPOLITAN_CITY]: 'città metropolitana',
  [AdministrationKind.PROVINCE]: 'provincia',
  [AdministrationKind.REGION]: 'regione',
  [AdministrationKind.HEALTH_AUTHORITY]: 'azienda sanitaria',
  [AdministrationKind.UNIVERSITY]: 'università',
  [AdministrationKind.CENTRAL_ADMINISTRATION]: 'amministrazione centrale',
  [AdministrationKind.FOREIGN_ADMINISTRATION]: 'amministrazione estera',
  [AdministrationKind.OTHER]: 'ente',
};

/** What the statement measured for one practice: each signal in 0..1, and what the reasons name. */
export interface MatchRow {
  practiceId: string;
  score: number;
  text: number;
  themes: number;
  adoptions: number;
  twinnings: number;
  similarity: number;
  recency: number;
  /** The need's words the practice holds, rarest first (as written in the need). */
  words: string[];
  sharedThemes: Theme[];
  adoptionsInUse: number;
  completedTwinnings: number;
  /** The kind of the most similar administration (offering or adopting), when similar. */
  similarKind: AdministrationKind | null;
  similarIsAdopter: boolean;
}

/** The Italian reasons naming the signals that counted, strongest contribution first. */
export function matchReasons(m: MatchRow): string[] {
  const reasons: Array<{ weight: number; text: string }> = [];
  if (m.text >= MATCH_TUNING.textReason && m.words.length) {
    reasons.push({ weight: MATCH_WEIGHTS.text * m.text, text: `Parole in comune: ${m.words.slice(0, 4).join(', ')}` });
  }
  if (m.sharedThemes.length) {
    const names = m.sharedThemes.map((th) => THEME_NAMES[th]).join(', ');
    reasons.push({ weight: MATCH_WEIGHTS.themes * m.themes, text: m.sharedThemes.length === 1 ? `Stesso tema: ${names}` : `Stessi temi: ${names}` });
  }
  if (m.adoptionsInUse > 0) {
    const n = m.adoptionsInUse;
    reasons.push({ weight: MATCH_WEIGHTS.adoptions * m.adoptions, text: n === 1 ? 'In uso in 1 amministrazione' : `In uso in ${n} amministrazioni` });
  }
  if (m.completedTwinnings > 0) {
    const n = m.completedTwinnings;
    reasons.push({ weight: MATCH_WEIGHTS.twinnings * m.twinnings, text: n === 1 ? '1 gemellaggio concluso' : `${n} gemellaggi conclusi` });
  }
  if (m.similarity > 0 && m.similarKind) {
    const kind = KIND_NAMES[m.similarKind];
    const same = m.similarity >= 1 ? `dello stesso tipo (${kind})` : `di tipo e dimensione simili (${kind})`;
    reasons.push({
      weight: MATCH_WEIGHTS.similarity * m.similarity,
      text: m.similarIsAdopter ? `Adottata da un'amministrazione ${same}` : `Offerta da un'amministrazione ${same}`,
    });
  }
  if (m.recency >= MATCH_TUNING.recentReason) reasons.push({ weight: MATCH_WEIGHTS.recency * m.recency, text: 'Aggiornata di recente' });
  reasons.sort((a, b) => b.weight - a.weight);
  return reasons.map((r) => r.text);
}
