import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, FieldError } from '@app/core';
import { isParentParam } from './parent-param.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

type Scalar = string | number | boolean | null;
type Class = abstract new (...args: never[]) => object;

const BUILT_IN: ReadonlySet<unknown> = new Set([String, Boolean, Number, Array, Object, Buffer, Date]);
/** Arguments whose JSON is longer are validated every time (they are rarely repeated). */
const MAX_KEY_LENGTH = 256;
/** Distinct valid arguments remembered per input class; the memory is emptied when full. */
const MAX_ENTRIES = 500;

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** The plain object's own values, when every one is a scalar (no nested input, no list, no undefined). */
function flatScalars(value: object): boolean {
  for (const key in value) if (!Object.hasOwn(value, key) || !isScalar((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** A new object of the same class with the same own values (instances of scalars only). */
function copyOf<T extends object>(instance: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(instance) as object) as T, instance);
}

/**
 * ValidationPipe for client arguments only: a field resolver's parent is passed through as it is.
 *
 * Validation is a pure function of the input class and the plain value (the project's validators
 * are all synchronous and read nothing else), so arguments made only of scalars that passed once
 * (the pagination of every list, `{ first: 20 }`, on every thread page) are not validated again:
 * the pipe hands out a fresh copy of the instance it built then. Anything else, and every value
 * that failed, goes through class-transformer and class-validator each time.
 */
export class ArgumentValidationPipe extends ValidationPipe {
  private readonly valid = new WeakMap<Class, Map<string, Record<string, Scalar>>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isParentParam(metadata)) return value;
    const metatype = metadata.metatype;
    const cacheable =
      typeof metatype === 'function' && !BUILT_IN.has(metatype) && typeof value === 'object' && value !== null && !Array.isArray(value) && flatScalars(value);
    if (!cacheable) return super.transform(value, metadata);
    const key = JSON.stringify(value);
    if (key.length > MAX_KEY_LENGTH) return super.transform(value, metadata);
    let byValue = this.valid.get(metatype);
    const known = byValue?.get(key);
    if (known) return copyOf(known);
    const instance: unknown = await super.transform(value, metadata);
    if (typeof instance === 'object' && instance !== null && flatScalars(instance)) {
      if (!byValue) this.valid.set(metatype, (byValue = new Map()));
      if (byValue.size >= MAX_ENTRIES) byValue.clear();
      byValue.set(key, copyOf(instance) as Record<string, Scalar>);
    }
    return instance;
  }
}

/** class-validator on every input; failures become BAD_USER_INPUT with `extensions.fields`. */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadUserInputError(fields, `Dati non validi: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}`);
    },
  });
}
