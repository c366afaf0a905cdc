import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { BadUserInputError, FieldError } from '@app/core';
import type { PublicCode } from './publiccode.mapping.js';
import { PUBLICCODE_SCHEMA } from './publiccode.schema.js';

const MAX_YAML_BYTES = 200 * 1024;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv, ['uri', 'date', 'email']);
const validatePublicCode = ajv.compile(PUBLICCODE_SCHEMA);

/** `/description/it/features/0` -> `description.it.features[0]`. */
function keyOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}

/** An Ajv error as the offending key of the file and an Italian message. */
function fieldError(error: ErrorObject): FieldError {
  const key = keyOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: key ? `${key}.${String(params.missingProperty)}` : String(params.missingProperty), message: 'chiave obbligatoria mancante' };
    case 'type':
      return { field: key, message: `deve essere di tipo ${({ string: 'testo', array: 'elenco', object: 'mappa', boolean: 'booleano (true/false)' } as Record<string, string>)[String(params.type)] ?? params.type}` };
    case 'enum':
      return { field: key, message: `valore non ammesso: usa uno di ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { field: key, message: `deve valere ${String(params.allowedValue)}` };
    case 'maxLength':
      return { field: key, message: `al massimo ${String(params.limit)} caratteri` };
    case 'minLength':
      return { field: key, message: 'non può essere vuoto' };
    case 'minItems':
      return { field: key, message: `almeno ${String(params.limit)} elemento` };
    case 'minProperties':
      return { field: key, message: 'indica almeno una lingua' };
    case 'format':
      return { field: key, message: params.format === 'date' ? 'deve essere una data AAAA-MM-GG' : params.format === 'email' ? 'deve essere un indirizzo e-mail' : 'deve essere un indirizzo http:// o https://' };
    case 'pattern':
      return { field: key, message: key === 'publiccodeYmlVersion' ? 'versione non supportata: usa "0.4"' : key === 'legal.license' ? 'deve essere un\'espressione di licenza SPDX' : 'formato non valido' };
    case 'propertyNames':
      return { field: key, message: `codice di lingua non valido: ${String(params.propertyName)}` };
    default:
      return { field: key || 'yaml', message: 'valore non valido' };
  }
}

/** Ajv reports an `if`/`then` failure twice (the inner rule and the `if`): keep the inner one; one message per key. */
function fieldErrors(errors: ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf')
    .map(fieldError)
    .filter((f) => (seen.has(f.field) ? false : (seen.add(f.field), true)));
}

/** Problems of a value against the publiccode.yml 0.4 schema, as offending keys with Italian messages (none: valid). */
export function publicCodeProblems(value: unknown): FieldError[] {
  return validatePublicCode(value) ? [] : fieldErrors(validatePublicCode.errors ?? []);
}

/**
 * Parses a publiccode.yml and checks it against the schema; BAD_USER_INPUT naming the offending
 * keys (or the line of a YAML syntax error) otherwise.
 */
export function parsePublicCode(text: string): PublicCode {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) throw BadUserInputError.field('yaml', `il file supera ${MAX_YAML_BYTES / 1024} KB`);
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length) {
    const [error] = document.errors;
    const line = error.linePos?.[0].line;
    throw BadUserInputError.field('yaml', `YAML non valido${line ? ` alla riga ${line}` : ''}: ${error.message.split('\n')[0]}`);
  }
  // A bounded alias expansion: a "billion laughs" document is refused, not expanded.
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch {
    throw BadUserInputError.field('yaml', 'YAML non valido: troppi alias');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw BadUserInputError.field('yaml', 'il file deve essere una mappa di chiavi publiccode.yml');
  const problems = publicCodeProblems(value);
  if (problems.length) throw new BadUserInputError(problems, `publiccode.yml non valido: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return value as PublicCode;
}
