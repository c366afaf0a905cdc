import type { SelectionShape } from '@app/core';
import type { Practice } from './practice.model.js';

/** What a link to a practice shows of it (a thread's linked practices): its title and address. */
export interface PracticeCard {
  id: string;
  slug: string;
  title: string;
}

/** The Practice fields a card answers: a selection within it is resolved from the card. */
export const PRACTICE_CARD: SelectionShape = { id: true, slug: true, title: true };

/** A Practice answered from its card. Only for a selection within PRACTICE_CARD (`selectionWithin`): the other fields are absent. */
export function toPracticeFromCard(card: PracticeCard): Practice {
  const practice: Pick<Practice, 'id' | 'slug' | 'title'> = { id: card.id, slug: card.slug, title: card.title };
  return practice as Practice;
}
