import DataLoader from 'dataloader';
import type { Request } from 'express';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ViewerContext } from '../auth/viewer.js';

/**
 * Per-request memo of DataLoaders. Each lib asks for its loaders by key, so a
 * loader is created at most once per request and never shared between requests.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** The GraphQL context of one request (a class so decorated parameters can name it). */
export class RequestContext {
  req?: Request;
  viewer!: ViewerContext;
  loaders!: LoaderRegistry;
}

function contextOf(ctx: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>();
}

/** The ViewerContext of the current GraphQL request. */
export const Viewer = createParamDecorator((_: unknown, ctx: ExecutionContext) => contextOf(ctx).viewer);

/** The whole request context (viewer and loader registry), for field resolvers. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext) => contextOf(ctx));
