import { Redis } from 'ioredis';
import { RateLimitedError } from '../errors/domain-error.js';
import { rootLogger } from '../logging/logger.js';

export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** The answer of `take`: whether a slot was free, the slots now taken and what is left of the window. */
export interface SlotRecord {
  taken: boolean;
  hits: number;
  /** Milliseconds until the window ends (0 when the key has no window). */
  ttlMs: number;
}

/**
 * Fixed-window counters shared by the write limiter and the login limiter. In memory
 * for one instance; in Redis when REDIS_URL is set, so limits hold across instances.
 * A window starts with the key's first hit and is never extended.
 * (The shape follows @nestjs/throttler's storage. That package loads on Node.js 24, but its
 * per-handler guard does not fit limits keyed by e-mail before hashing, blocks that must not
 * extend, or one Redis script shared by every limit, so the limiters stay on this store.)
 */
export abstract class RateLimitStore {
  /** Counts one hit in the key's window, past the limit too (the record says whether it is over). */
  abstract increment(key: string, ttlMs: number, limit: number): Promise<RateLimitRecord>;
  /**
   * Takes one of the `limit` slots of the key's window, atomically. When every slot is
   * taken nothing changes: a refused attempt neither counts nor moves the window's end.
   */
  abstract take(key: string, ttlMs: number, limit: number): Promise<SlotRecord>;
  abstract peek(key: string): Promise<{ totalHits: number; timeToExpire: number }>;
  abstract reset(key: string): Promise<void>;
  /** Takes back one hit (an attempt counted up front that turned out fine); the key goes at zero. */
  abstract decrement(key: string): Promise<void>;
  /** Sets the key to one hit for `ttlMs` (a fact to remember for a while, read with `peek`). */
  abstract mark(key: string, ttlMs: number): Promise<void>;
  async close(): Promise<void> {}
}

function record(totalHits: number, ttlMs: number, limit: number): RateLimitRecord {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return { totalHits, timeToExpire: seconds, isBlocked: totalHits > limit, timeToBlockExpire: totalHits > limit ? seconds : 0 };
}

interface Window {
  hits: number;
  expiresAt: number;
}

export class MemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.expiresAt <= Date.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private opened(key: string, ttlMs: number): Window {
    let window = this.current(key);
    if (!window) {
      window = { hits: 0, expiresAt: Date.now() + ttlMs };
      this.windows.set(key, window);
    }
    return window;
  }

  async increment(key: string, ttlMs: number, limit: number): Promise<RateLimitRecord> {
    const window = this.opened(key, ttlMs);
    window.hits++;
    return record(window.hits, window.expiresAt - Date.now(), limit);
  }

  async take(key: string, ttlMs: number, limit: number): Promise<SlotRecord> {
    const existing = this.current(key);
    if (existing && existing.hits >= limit) return { taken: false, hits: existing.hits, ttlMs: existing.expiresAt - Date.now() };
    const window = existing ?? this.opened(key, ttlMs);
    window.hits++;
    return { taken: true, hits: window.hits, ttlMs: window.expiresAt - Date.now() };
  }

  async peek(key: string): Promise<{ totalHits: number; timeToExpire: number }> {
    const window = this.current(key);
    return window ? { totalHits: window.hits, timeToExpire: Math.ceil((window.expiresAt - Date.now()) / 1000) } : { totalHits: 0, timeToExpire: 0 };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async decrement(key: string): Promise<void> {
    const window = this.current(key);
    if (!window) return;
    window.hits--;
    if (window.hits <= 0) this.windows.delete(key);
  }

  async mark(key: string, ttlMs: number): Promise<void> {
    this.windows.set(key, { hits: 1, expiresAt: Date.now() + ttlMs });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
  }

  override async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

// A key without an expiry (PTTL -1) was just created by INCR: its window starts now.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

const TAKE = `
local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
if hits >= tonumber(ARGV[2]) then return {0, hits, redis.call('PTTL', KEYS[1])} end
hits = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {1, hits, redis.call('PTTL', KEYS[1])}`;

const DECREMENT = `
if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end`;

/**
 * Redis counters (each operation one script, so atomic across instances). If Redis is
 * unreachable the limits fail open, so the community keeps working; the outage is logged.
 */
export class RedisRateLimitStore extends RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix: 'hub:rl:' });
    this.redis.on('error', (err) => rootLogger.warn({ err: err.message }, 'rate-limit redis unavailable'));
  }

  async increment(key: string, ttlMs: number, limit: number): Promise<RateLimitRecord> {
    try {
      const [hits, pttl] = (await this.redis.eval(INCREMENT, 1, key, String(ttlMs))) as [number, number];
      return record(hits, pttl > 0 ? pttl : ttlMs, limit);
    } catch {
      return record(0, ttlMs, limit);
    }
  }

  async take(key: string, ttlMs: number, limit: number): Promise<SlotRecord> {
    try {
      const [taken, hits, pttl] = (await this.redis.eval(TAKE, 1, key, String(ttlMs), String(limit))) as [number, number, number];
      return { taken: taken === 1, hits, ttlMs: Math.max(0, pttl) };
    } catch {
      return { taken: true, hits: 1, ttlMs };
    }
  }

  async peek(key: string): Promise<{ totalHits: number; timeToExpire: number }> {
    try {
      const [hits, pttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
      return { totalHits: Number(hits ?? 0), timeToExpire: Math.max(0, Math.ceil(pttl / 1000)) };
    } catch {
      return { totalHits: 0, timeToExpire: 0 };
    }
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(key).catch(() => undefined);
  }

  async decrement(key: string): Promise<void> {
    await this.redis.eval(DECREMENT, 1, key).catch(() => undefined);
  }

  async mark(key: string, ttlMs: number): Promise<void> {
    await this.redis.set(key, '1', 'PX', ttlMs).catch(() => undefined);
  }

  override async close(): Promise<void> {
    this.redis.disconnect();
  }
}
