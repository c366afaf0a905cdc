import { ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { answerHttpError } from '../http/http-error.js';

/**
 * Hands every resolver error to Apollo untouched: `formatError` is the single place
 * that maps and logs them (Nest's default handler would log expected domain errors).
 * Errors of plain HTTP requests (body parser, unknown routes, controllers) are answered
 * as JSON by `answerHttpError`, never by Express's HTML page.
 */
@Catch()
export class GraphqlPassthroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    const type = host.getType<string>();
    if (type === 'graphql') return exception;
    if (type === 'http') {
      const http = host.switchToHttp();
      answerHttpError(exception, http.getRequest<Request>(), http.getResponse<Response>());
      return undefined;
    }
    throw exception;
  }
}
