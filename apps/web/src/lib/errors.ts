import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

const MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Devi accedere per continuare.',
  FORBIDDEN: 'Non hai i permessi per questa operazione.',
  NOT_FOUND: 'Il contenuto richiesto non esiste o non è più disponibile.',
  BAD_USER_INPUT: 'Alcuni dati non sono validi: controlla i campi evidenziati.',
  CONFLICT: 'Il contenuto è stato modificato nel frattempo da un’altra persona.',
  RATE_LIMITED: 'Troppi tentativi in poco tempo: riprova tra qualche minuto.',
  INTERNAL: 'Si è verificato un errore del server. Riprova più tardi.',
};

export interface FieldError {
  field: string;
  message: string;
}

export interface UiError {
  code: ErrorCode | 'NETWORK';
  message: string;
  fields: FieldError[];
}

/** Turns any Apollo error into an Italian message chosen from `extensions.code`. */
export function toUiError(error: unknown): UiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL';
    const fields = (first?.extensions?.fields as FieldError[] | undefined) ?? [];
    // BAD_USER_INPUT, CONFLICT and FORBIDDEN carry a specific Italian message from the server; the
    // others use our wording so that nothing technical reaches the reader. Invalid fields are listed
    // under a general sentence; a conflict (an address already a member, a handle taken) says which.
    const specific = code === 'CONFLICT' || ((code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') && fields.length === 0);
    const message = specific && first?.message ? first.message : (MESSAGES[code] ?? MESSAGES.INTERNAL);
    return { code: code in MESSAGES ? code : 'INTERNAL', message, fields };
  }
  return { code: 'NETWORK', message: 'Impossibile contattare il server: controlla la connessione e riprova.', fields: [] };
}

export function errorCode(error: unknown): UiError['code'] | null {
  return toUiError(error)?.code ?? null;
}

export function fieldError(error: UiError | null, field: string): string | undefined {
  return error?.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message;
}
