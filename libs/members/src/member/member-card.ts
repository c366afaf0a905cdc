import type { SelectionShape } from '@app/core';
import { isConvergenceRegion, type Region } from '../enums.js';
import type { Administration } from '../administration/administration.model.js';
import type { Member } from './member.model.js';

/** What a member's card shows of its administration. */
export interface AdministrationCard {
  id: string;
  name: string;
  region: Region | null;
}

/**
 * What lists of posts show of a member (author, mentions): a few narrow columns, read in the
 * statement of the list itself instead of the member's whole row.
 */
export interface MemberCard {
  id: string;
  handle: string;
  displayName: string;
  jobTitle: string | null;
  administrationId: string | null;
  administration: AdministrationCard | null;
}

/** The Administration fields a card answers. */
export const ADMINISTRATION_CARD: SelectionShape = { id: true, name: true, region: true, convergence: true };

/** The Member fields a card answers: a selection within it is resolved from the card. */
export const MEMBER_CARD: SelectionShape = { id: true, handle: true, displayName: true, jobTitle: true, administration: ADMINISTRATION_CARD };

/** The column names of `memberCardSql` with a prefix (built once per prefix). */
const CARD_COLUMNS = ['id', 'handle', 'displayName', 'jobTitle', 'administrationId', 'administrationName', 'administrationRegion'] as const;
type CardColumns = Record<(typeof CARD_COLUMNS)[number], string>;
const prefixed = new Map<string, CardColumns>();

function columnsOf(prefix: string): CardColumns {
  let columns = prefixed.get(prefix);
  if (!columns) prefixed.set(prefix, (columns = Object.fromEntries(CARD_COLUMNS.map((c) => [c, `${prefix}${c}`])) as CardColumns));
  return columns;
}

/** A card's columns as flat `prefix`-named ones (read back with `memberCardOf`): member alias `m`, its administration's alias `a` (a LEFT JOIN). */
export function memberCardSql(m: string, a: string, prefix = ''): string {
  const c = columnsOf(prefix);
  return [
    `${m}."id" AS "${c.id}"`,
    `${m}."handle" AS "${c.handle}"`,
    `${m}."displayName" AS "${c.displayName}"`,
    `${m}."jobTitle" AS "${c.jobTitle}"`,
    `${m}."administrationId" AS "${c.administrationId}"`,
    `${a}."name" AS "${c.administrationName}"`,
    `${a}."region" AS "${c.administrationRegion}"`,
  ].join(', ');
}

/** The card of a row selected by `memberCardSql` with the same prefix (or of one such row as JSON); null when its LEFT JOIN found no member. */
export function memberCardOf(row: Record<string, unknown>, prefix = ''): MemberCard | null {
  const c = columnsOf(prefix);
  if (row[c.id] == null) return null;
  const administrationId = row[c.administrationId] as string | null;
  return {
    id: row[c.id] as string,
    handle: row[c.handle] as string,
    displayName: row[c.displayName] as string,
    jobTitle: row[c.jobTitle] as string | null,
    administrationId,
    administration: administrationId
      ? { id: administrationId, name: row[c.administrationName] as string, region: row[c.administrationRegion] as Region | null }
      : null,
  };
}

/**
 * A Member answered from its card. Only for a selection within MEMBER_CARD (`selectionWithin`):
 * the fields a card does not carry are absent.
 */
export function toMemberFromCard(card: MemberCard): Member {
  const member: Pick<Member, 'id' | 'handle' | 'displayName' | 'jobTitle' | 'administrationId' | 'administrationCard'> = {
    id: card.id,
    handle: card.handle,
    displayName: card.displayName,
    jobTitle: card.jobTitle,
    administrationId: card.administrationId,
    administrationCard: card.administration,
  };
  return member as Member;
}

/** An Administration answered from a card: only for a selection within ADMINISTRATION_CARD. */
export function toAdministrationFromCard(card: AdministrationCard): Administration {
  const administration: Pick<Administration, 'id' | 'name' | 'region' | 'convergence'> = {
    id: card.id,
    name: card.name,
    region: card.region,
    convergence: isConvergenceRegion(card.region),
  };
  return administration as Administration;
}
