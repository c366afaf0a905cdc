import type { Request } from 'express';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ViewerContext } from '../auth/viewer.js';
import type { RequestLoaders } from './loaders.js';

/** The GraphQL context of one request (a class so decorated parameters can name it). */
export class RequestContext {
  req?: Request;
  viewer!: ViewerContext;
  /** Each lib's loaders for this request, through its LoadersFactory. */
  loaders!: RequestLoaders;
}

function contextOf(ctx: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>();
}

/** The ViewerContext of the current GraphQL request. */
export const Viewer = createParamDecorator((_: unknown, ctx: ExecutionContext) => contextOf(ctx).viewer);

/** The whole request context (viewer and loaders), for field resolvers. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext) => contextOf(ctx));
