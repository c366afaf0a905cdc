import { parse as urlParse } from 'node:url';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '@app/core';

/** What the fast lane runs an operation with, once the application has started: Apollo and its context. */
export interface GraphqlRunner {
  server: ApolloServer<RequestContext>;
  context: (args: { req: Request; res: Response }) => Promise<RequestContext>;
}

/** `application/json`, alone or with charset utf-8: the only bodies the lane reads itself. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset=("?)utf-8\2\s*)?$/i;

/** A body-parser error, as the error handler after it maps them (a SyntaxError with status 400, an http error). */
function bodyError<E extends Error>(error: E, type: string, body?: string): E {
  return Object.assign(error, { status: 400, statusCode: 400, expose: true, type, ...(body !== undefined ? { body } : {}) });
}

/**
 * `POST /graphql` with a plain JSON body, served without the general middleware chain: the same
 * security headers (computed once from helmet's), the same body rules as body-parser's json
 * (strict, UTF-8, its byte limit), and the same steps as Apollo's Express integration, without
 * walking every middleware of the application for each request. Any other request, and any request
 * the lane does not read itself (no Content-Length, another type or charset, an encoded body, an
 * empty body, CORS configured), goes down the general chain, whose answers are the reference.
 */
export function graphqlFastLane(options: {
  headers: ReadonlyArray<readonly [string, string]>;
  limit: number;
  cors: boolean;
  runner: () => GraphqlRunner | null;
}): RequestHandler {
  const { headers, limit, cors } = options;
  return (req: Request, res: Response, next: NextFunction) => {
    const url = req.url;
    if (req.method !== 'POST' || cors || !(url === '/graphql' || url.startsWith('/graphql?'))) return next();
    const type = req.headers['content-type'];
    const encoding = req.headers['content-encoding'];
    const length = Number(req.headers['content-length']);
    if (!type || !PLAIN_JSON.test(type) || (encoding && encoding.toLowerCase() !== 'identity')) return next();
    if (!(length > 0 && length <= limit) || req.headers['transfer-encoding'] !== undefined) return next();
    const runner = options.runner();
    if (!runner) return next();

    for (const [name, value] of headers) res.setHeader(name, value);
    const chunks: Buffer[] = [];
    let done = false;
    const fail = (error: () => Error) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      next(error());
    };
    const onData = (chunk: Buffer) => chunks.push(chunk);
    req.on('data', onData);
    req.once('error', (err) => fail(() => bodyError(err, 'stream.error')));
    // After 'end' too, when it is nothing to act on.
    req.once('close', () => fail(() => bodyError(new Error('request aborted'), 'request.aborted')));
    req.once('end', () => {
      if (done) return;
      done = true;
      let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      // iconv-lite, which body-parser decodes with, drops a byte order mark.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      let body: unknown;
      try {
        // Strict, as body-parser: an object or an array (JSON.parse then refuses anything but JSON's whitespace before it).
        const first = text[0] === '{' || text[0] === '[' ? text[0] : text.trimStart()[0];
        if (first !== '{' && first !== '[') throw new SyntaxError('strict violation');
        body = JSON.parse(text);
      } catch (err) {
        return next(bodyError(err instanceof SyntaxError ? err : new SyntaxError(String(err)), 'entity.parse.failed', text));
      }
      req.body = body;
      execute(runner, req, res).catch(next);
    });
  };
}

/** Apollo's Express integration (`@as-integrations/express5`), step for step. */
async function execute({ server, context }: GraphqlRunner, req: Request, res: Response): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method.toUpperCase(),
      headers,
      search: req.url.includes('?') ? (urlParse(req.url).search ?? '') : '',
      body: req.body,
    },
    context: () => context({ req, res }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    // Not res.send: it would hash every answer for an ETag, which a POST is never revalidated by.
    const body = response.body.string;
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
