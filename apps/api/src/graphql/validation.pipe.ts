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

/** ValidationPipe for client arguments only: a field resolver's parent is passed through as it is. */
class ArgumentValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return isParentParam(metadata) ? Promise.resolve(value) : super.transform(value, metadata);
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
