import { createRequire } from 'node:module';
import { BadUserInputError } from '@app/core';

const require = createRequire(import.meta.url);
/** The identifiers of the SPDX License List (spdx-license-ids), keyed by their lower case. */
const SPDX_IDS = new Map((require('spdx-license-ids') as string[]).map((id) => [id.toLowerCase(), id]));
/** Identifiers the list has deprecated, with what replaces each for the usual cases. */
const DEPRECATED = new Set((require('spdx-license-ids/deprecated.json') as string[]).map((id) => id.toLowerCase()));

/**
 * A licence as the SPDX License List spells it (`eupl-1.2` -> `EUPL-1.2`), null for none;
 * BAD_USER_INPUT on `field` for anything else, deprecated identifiers included (`GPL-3.0` is now
 * `GPL-3.0-only` or `GPL-3.0-or-later`).
 */
export function spdxLicence(value: string | null | undefined, field = 'licence'): string | null {
  const id = value?.trim();
  if (!id) return null;
  const known = SPDX_IDS.get(id.toLowerCase());
  if (known) return known;
  throw BadUserInputError.field(
    field,
    DEPRECATED.has(id.toLowerCase())
      ? `${id} è un identificativo SPDX deprecato: usa la forma attuale (ad esempio GPL-3.0-only o GPL-3.0-or-later)`
      : `${id} non è un identificativo di licenza SPDX (ad esempio EUPL-1.2, CC-BY-4.0, MIT): vedi spdx.org/licenses`,
  );
}
