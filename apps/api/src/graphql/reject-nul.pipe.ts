import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadUserInputError } from '@app/core';
import { isParentParam } from './parent-param.js';

function findNul(value: unknown, path: string, seen: Set<unknown>): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = findNul(inner, path ? `${path}.${key}` : key, seen);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character: it is refused in any argument with
 * BAD_USER_INPUT naming the field, instead of failing later in SQL.
 */
@Injectable()
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameters (@Viewer, @Ctx) carry the request, not client arguments.
    if (metadata.type === 'custom' || isParentParam(metadata)) return value;
    const field = findNul(value, metadata.data ?? '', new Set());
    if (field !== null) throw BadUserInputError.field(field || 'input', 'contiene il carattere NUL, non ammesso');
    return value;
  }
}
