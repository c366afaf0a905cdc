import { dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, ValidationOptions } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** How many of the most used passwords are refused. */
export const COMMON_PASSWORDS_REFUSED = 10_000;

// zxcvbn-ts's list is ranked by frequency and lower-case; the first 10,000 are the ones to refuse.
const COMMON = new Set(dictionary['passwords-common'].slice(0, COMMON_PASSWORDS_REFUSED).map((p) => p.toLowerCase()));

/**
 * The one password rule, wherever a password is set (registration, the bootstrap admin,
 * reset and change): the reason in Italian when the password is refused, else null.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `la password deve avere almeno ${PASSWORD_MIN_LENGTH} caratteri`;
  if (password.length > PASSWORD_MAX_LENGTH) return `la password può avere al massimo ${PASSWORD_MAX_LENGTH} caratteri`;
  const first = password.codePointAt(0)!;
  if ([...password].every((c) => c.codePointAt(0) === first)) return 'la password non può essere un solo carattere ripetuto';
  if (COMMON.has(password.toLowerCase())) {
    return 'questa password è tra le più usate e facili da indovinare: scegline una meno prevedibile';
  }
  return null;
}

/** class-validator decorator for a password field (BAD_USER_INPUT naming the field, with passwordProblem's reason). */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' ? passwordProblem(args.value) : null) ?? 'la password deve essere un testo',
      },
    });
  };
}
