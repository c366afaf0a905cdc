import { describe, expect, it } from '@jest/globals';
import DataLoader from 'dataloader';
import { ViewerContext } from '../auth/viewer.js';
import { loadersByArgs, LoadersFactory, loadFound, pageArgsKey, RequestLoaders } from './loaders.js';
import type { RequestContext } from './request-context.js';

interface CountingLoaders {
  readonly square: DataLoader<number, number>;
}

class CountingFactory extends LoadersFactory<CountingLoaders> {
  created = 0;
  batches: number[][] = [];

  protected create(): CountingLoaders {
    this.created++;
    return {
      square: new DataLoader<number, number>(async (keys) => {
        this.batches.push([...keys]);
        return keys.map((k) => k * k);
      }),
    };
  }
}

function request(): RequestContext {
  return { viewer: ViewerContext.anonymous(), loaders: new RequestLoaders() };
}

describe('LoadersFactory', () => {
  it('creates a lib set on first use only, once per request', () => {
    const factory = new CountingFactory();
    const ctx = request();
    expect(factory.created).toBe(0);
    const first = factory.for(ctx);
    expect(factory.for(ctx)).toBe(first);
    expect(factory.created).toBe(1);
  });

  it('never shares a set between requests', async () => {
    const factory = new CountingFactory();
    const [a, b] = [request(), request()];
    expect(factory.for(a)).not.toBe(factory.for(b));
    await factory.for(a).square.load(3);
    await factory.for(b).square.load(3);
    // The second request's loader has its own cache, so it asks again.
    expect(factory.batches).toEqual([[3], [3]]);
  });

  it('keeps the sets of two libs apart in the same request', () => {
    const [one, two] = [new CountingFactory(), new CountingFactory()];
    const ctx = request();
    expect(one.for(ctx)).not.toBe(two.for(ctx));
    expect([one.created, two.created]).toEqual([1, 1]);
  });
});

describe('loadersByArgs', () => {
  it('gives the same loader for the same arguments and another for different ones', () => {
    let created = 0;
    const byPage = loadersByArgs(pageArgsKey, () => {
      created++;
      return new DataLoader<string, string>(async (keys) => keys.map(String));
    });
    expect(byPage({ first: 20 })).toBe(byPage({ first: 20, after: null }));
    expect(byPage({ first: 20 })).not.toBe(byPage({ first: 20, after: 'c' }));
    expect(byPage({ first: 20 })).not.toBe(byPage({ first: 10 }));
    expect(created).toBe(3);
  });
});

describe('loadFound', () => {
  it('keeps what was found, in key order, without misses or failed keys', async () => {
    const loader = new DataLoader<string, { id: string } | null>(async (keys) =>
      keys.map((k) => (k === 'missing' ? null : k === 'broken' ? new Error('rotto') : { id: k })),
    );
    expect(await loadFound(loader, ['b', 'missing', 'a', 'broken'])).toEqual([{ id: 'b' }, { id: 'a' }]);
  });
});
