import DataLoader from 'dataloader';
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

/**
 * A DataLoader that also answers synchronously for the keys primed into it (`loadNow`), so that
 * the fields of a page whose statement primed them return their values without a promise each
 * (graphql-js then completes the page's objects synchronously). Same cache as DataLoader: a key
 * loaded before it is primed keeps its load.
 */
export class PrimedLoader<K, V> extends DataLoader<K, V> {
  private readonly primedValues = new Map<K, V>();
  private readonly loaded = new Set<K>();

  override load(key: K): Promise<V> {
    if (!this.primedValues.has(key)) this.loaded.add(key);
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const thenable = typeof (value as PromiseLike<V> | null)?.then === 'function';
    if (!this.loaded.has(key) && !this.primedValues.has(key) && !(value instanceof Error) && !thenable) this.primedValues.set(key, value as V);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primedValues.delete(key);
    this.loaded.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primedValues.clear();
    this.loaded.clear();
    return super.clearAll();
  }

  /** Whether `key` was primed (then `primedValue` has its value). */
  isPrimed(key: K): boolean {
    return this.primedValues.has(key);
  }

  primedValue(key: K): V {
    return this.primedValues.get(key) as V;
  }
}

/** The value of `key`: at once when the loader was primed with it, else its load. */
export function loadNow<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  return loader instanceof PrimedLoader && loader.isPrimed(key) ? (loader.primedValue(key) as V) : loader.load(key);
}

/** `fn` of a value that may still be a promise: applied at once to a value, after it to a promise. */
export function mapNow<V, R>(value: V | Promise<V>, fn: (value: V) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** The values of `keys` in key order, leaving out misses (null): at once when every one was primed, as `loadFound` otherwise. */
export function loadFoundNow<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): V[] | Promise<V[]> {
  if (loader instanceof PrimedLoader && keys.every((k) => loader.isPrimed(k))) {
    return keys.map((k) => loader.primedValue(k) as V | null).filter((v): v is V => v !== null);
  }
  return loadFound(loader, keys);
}
