import { BadUserInputError } from '../../errors/domain-error.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type CursorValue = string | number | boolean | null;

/** A sort-key value as a cursor holds it: timestamps as ISO instants (Date.toISOString). */
export function toCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return String(value);
}

/** Opaque cursors: the sort-key values of the last row, versioned and base64url-encoded. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(['c1', ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === 'c1' && parsed.length === arity + 1) {
      return parsed.slice(1) as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInputError.field('after', 'Cursore non valido: usa pageInfo.endCursor di una pagina precedente');
}

/** `first` within 1..100 (default 20); anything else is BAD_USER_INPUT naming the limit. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw BadUserInputError.field('first', `deve essere compreso tra 1 e ${MAX_PAGE_SIZE}`);
  }
  return first;
}
