import type { Request, Response } from 'express';
import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode, rootLogger } from '@app/core';

const STATUS_OF_CODE: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

function codeOfStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 || status === 405) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL';
}

/** `1048576` -> `1 MB`, as body-parser's limit is configured. */
function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} MB`;
  if (bytes >= 2 ** 10) return `${Math.round(bytes / 2 ** 10)} KB`;
  return `${bytes} byte`;
}

/** The Italian message for an error Express, body-parser or Nest raised; their own texts are English and may name internals. */
function messageOf(status: number, cause: unknown): string {
  const detail = (cause ?? {}) as { type?: unknown; limit?: unknown };
  if (status === 400 && cause instanceof SyntaxError) return 'Il corpo della richiesta non è un JSON valido';
  if (status === 400 && cause instanceof URIError) return "L'indirizzo della richiesta non è codificato correttamente";
  if (status === 413) {
    return typeof detail.limit === 'number'
      ? `Il corpo della richiesta supera il limite di ${formatBytes(detail.limit)}`
      : 'Il corpo della richiesta è troppo grande';
  }
  if (status === 415) return 'Tipo o codifica del contenuto non supportati: inviare JSON in UTF-8 (application/json)';
  if (status === 404 || status === 405) return 'Nessuna risorsa a questo indirizzo';
  if (status === 503) return 'Servizio temporaneamente non disponibile: riprova più tardi';
  if (status >= 500) return 'Si è verificato un errore interno: riprova più tardi';
  return 'Richiesta non valida';
}

/**
 * Answers an error outside GraphQL (a body that is not JSON or too large, an unknown route, a
 * controller's exception) in the shape GraphQL errors have: `{ errors: [{ message, extensions:
 * { code } }] }`, in every environment, with an Italian message and never a stack or a path.
 * Express's own handler would answer an HTML page with the stack outside production.
 */
export function answerHttpError(exception: unknown, req: Request, res: Response): void {
  let status: number;
  let code: ErrorCode;
  let message: string;
  let extensions: Record<string, unknown> = {};
  if (exception instanceof DomainError) {
    code = exception.code;
    status = exception.httpStatus ?? STATUS_OF_CODE[code];
    message = exception.message;
    extensions = exception.extensions;
  } else {
    status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status < 400 || status > 599) status = 500;
    code = codeOfStatus(status);
    message = messageOf(status, exception instanceof HttpException ? exception.cause : undefined);
  }
  // An HttpException or a DomainError is an answer someone chose; anything else is a fault to look into.
  if (status >= 500 && !(exception instanceof HttpException || exception instanceof DomainError)) {
    rootLogger.error({ err: exception, method: req.method, path: req.path }, 'unhandled HTTP error');
  }
  if (res.headersSent) {
    // A response already under way (a file being sent) cannot be replaced: end it as Express would.
    req.socket.destroy();
    return;
  }
  // BAD_USER_INPUT always names its fields, as in GraphQL answers.
  const fields = code === 'BAD_USER_INPUT' ? { fields: extensions.fields ?? [] } : {};
  res
    .status(status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { ...extensions, code, ...fields } }] });
}
