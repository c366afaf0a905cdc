import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { assertNever, conflictFromUniqueViolation, DomainError, ErrorCode, rootLogger } from '@app/core';

/** Codes that graphql-js and Apollo give to malformed requests: all are the client's input. */
const REQUEST_SHAPE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL errors caused by values the client sent (bad uuid, out-of-range number...). */
const INPUT_SQLSTATES = new Set(['22P02', '22003', '22001', '22007', '22008', '22021', '54000']);

function codeOf(error: DomainError): ErrorCode {
  const code = error.code;
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'RATE_LIMITED':
    case 'INTERNAL':
      return code;
    default:
      return assertNever(code);
  }
}

/**
 * The single mapping point from errors to the contract's `extensions.code`.
 * Unknown errors are logged with their stack and answered with a generic Italian
 * message: no stack, no SQL ever reaches a client.
 */
export function createFormatError(options: { production: boolean; maxTokens: number }) {
  return (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, options);
}

/** Apollo's own texts for requests it refuses at the HTTP level, and for introspection when it is off. */
const APOLLO_MESSAGES: Array<[RegExp, string]> = [
  [
    /^POST body missing, invalid Content-Type/,
    'Corpo della richiesta mancante o di tipo non supportato: inviare un oggetto JSON con content-type application/json',
  ],
  [
    /Cross-Site Request Forgery/,
    "Richiesta bloccata come possibile Cross-Site Request Forgery (CSRF): inviare content-type application/json oppure un'intestazione apollo-require-preflight o x-apollo-operation-name non vuota",
  ],
  [/^Operation batching disabled/, 'Una sola operazione per richiesta: le richieste multiple non sono ammesse'],
  [/^GraphQL operations must contain a non-empty `query`/, 'La richiesta non contiene una query GraphQL'],
  [/^GET requests only support query operations/, 'Con GET si possono inviare solo query: le mutation vanno inviate con POST'],
  [/^GET requests may not have a content-type/, 'Le richieste GET non possono avere un content-type diverso da application/json'],
  [/^Apollo Server supports only GET\/POST/, 'Metodo non supportato: usare GET o POST'],
  [/^An 'accept' header was provided/, "L'intestazione accept deve ammettere application/json o application/graphql-response+json"],
  [/introspection is not allowed/, "L'introspezione dello schema non è disponibile in produzione"],
  [/^Maximum introspection depth exceeded/, "L'introspezione è troppo annidata"],
];

function requestShapeMessage(message: string, options: { production: boolean; maxTokens: number }): { message: string; limit?: string } {
  if (/more (than|that) \d+ tokens/i.test(message)) {
    return { message: `La richiesta supera il limite di ${options.maxTokens} token`, limit: 'tokens' };
  }
  const known = APOLLO_MESSAGES.find(([pattern]) => pattern.test(message));
  if (known) return { message: known[1] };
  // Field suggestions reveal the schema: none in production, where introspection is off too.
  return { message: options.production ? message.replace(/\s*Did you mean[^?]*\?/g, '') : message };
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean; maxTokens: number } = { production: false, maxTokens: 2000 },
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A unique index hit outside TransactionRunner (which maps its own) is still a CONFLICT.
  const cause = conflictFromUniqueViolation(unwrapped) ?? unwrapped;
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...cause.extensions, code: codeOf(cause) },
    };
  }
  const sqlState = (cause as { code?: unknown } | null)?.code;
  if (typeof sqlState === 'string' && INPUT_SQLSTATES.has(sqlState)) {
    return {
      message: 'Valore non valido in uno dei campi della richiesta',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields: [] },
    };
  }
  const shapeCode = formatted.extensions?.code;
  if (!formatted.path && typeof shapeCode === 'string' && REQUEST_SHAPE_CODES.has(shapeCode)) {
    const shaped = requestShapeMessage(formatted.message, options);
    const limit = shaped.limit ?? formatted.extensions?.limit;
    return {
      message: shaped.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', fields: formatted.extensions?.fields ?? [], ...(limit ? { limit } : {}) },
    };
  }
  rootLogger.error({ err: cause, path: formatted.path }, 'unhandled GraphQL error');
  return {
    message: 'Si è verificato un errore interno: riprova più tardi',
    path: formatted.path,
    extensions: { code: 'INTERNAL' },
  };
}
