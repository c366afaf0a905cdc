import type DataLoader from 'dataloader';
import type { PageArgs } from '../database/pagination/connection.js';
import type { RequestContext } from './request-context.js';

/**
 * The factory of one lib's typed loaders (Twenty's `IDataloaders`, one set per lib): a lib
 * subclasses it with the object its field resolvers and services read, e.g.
 * `{ threadById: DataLoader<string, ThreadEntity | null>, … }`. `for(ctx)` gives the set of
 * that request, created on first use and never shared between requests. The set is keyed by
 * its factory, not by a name, so core knows no lib and call sites need no key nor cast.
 */
export abstract class LoadersFactory<T extends object> {
  /** Creates the lib's loaders for one request; viewer-dependent ones read `ctx.viewer` here, once. */
  protected abstract create(ctx: RequestContext): T;

  /** The loaders of the request of `ctx`. */
  for(ctx: RequestContext): T {
    return ctx.loaders.of(this, () => this.create(ctx));
  }
}

/** The loader sets of one request, one per lib factory, each created when first asked for. */
export class RequestLoaders {
  private readonly sets = new Map<LoadersFactory<object>, object>();

  /** The set of `factory` (through `factory.for(ctx)`), made by `create` the first time. */
  of<T extends object>(factory: LoadersFactory<T>, create: () => T): T {
    // Only `factory` stores under itself, so the value is its T.
    let set = this.sets.get(factory) as T | undefined;
    if (!set) {
      set = create();
      this.sets.set(factory, set);
    }
    return set;
  }
}

/**
 * Loaders that take arguments besides their keys (a page size and cursor, an order, a target
 * type): one DataLoader per distinct `keyOf(args)` within the set, so fields asking for the
 * same page share a batch and different pages never mix.
 */
export function loadersByArgs<A, K, V>(keyOf: (args: A) => string, create: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args) => {
    const key = keyOf(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** The values `loader` finds for `keys`, in key order, leaving out misses (null) and failed keys. */
export async function loadFound<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  return values.filter((v): v is V => v !== null && !(v instanceof Error));
}

/** The part of a page's arguments that tells two pages apart, for `loadersByArgs`. */
export function pageArgsKey(args: PageArgs): string {
  return `${args.first ?? ''}:${args.after ?? ''}`;
}
