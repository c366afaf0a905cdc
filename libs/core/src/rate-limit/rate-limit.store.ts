import { Redis } from 'ioredis';
import { rootLogger } from '../logging/logger.js';

export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * Fixed-window counters shared by the write limiter and the login limiter. In memory
 * for one instance; in Redis when REDIS_URL is set, so limits hold across instances.
 * (The shape follows @nestjs/throttler's storage. That package loads on Node.js 24, but its
 * per-handler guard does not fit limits keyed by e-mail before hashing, blocks that must not
 * extend, or one Redis script shared by every limit, so the limiters stay on this store.)
 */
export abstract class RateLimitStore {
  /**
   * Counts one hit in the key's window. With `holdWhileBlocked`, a hit past the limit
   * restarts the window: a sustained flood stays blocked instead of getting `limit`
   * more tries at every new window.
   */
  abstract increment(key: string, ttlMs: number, limit: number, holdWhileBlocked?: boolean): Promise<RateLimitRecord>;
  abstract peek(key: string): Promise<{ totalHits: number; timeToExpire: number }>;
  abstract reset(key: string): Promise<void>;
  /** Takes back one hit (an attempt counted up front that turned out fine). */
  abstract decrement(key: string): Promise<void>;
  async close(): Promise<void> {}
}

function record(totalHits: number, ttlMs: number, limit: number): RateLimitRecord {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return { totalHits, timeToExpire: seconds, isBlocked: totalHits > limit, timeToBlockExpire: totalHits > limit ? seconds : 0 };
}

export class MemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, { hits: number; expiresAt: number }>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  private current(key: string): { hits: number; expiresAt: number } | undefined {
    const window = this.windows.get(key);
    if (window && window.expiresAt <= Date.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  async increment(key: string, ttlMs: number, limit: number, holdWhileBlocked = false): Promise<RateLimitRecord> {
    const window = this.current(key) ?? { hits: 0, expiresAt: Date.now() + ttlMs };
    window.hits++;
    if (holdWhileBlocked && window.hits > limit) window.expiresAt = Date.now() + ttlMs;
    this.windows.set(key, window);
    return record(window.hits, window.expiresAt - Date.now(), limit);
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
    if (window && window.hits > 0) window.hits--;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
  }

  override async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 or (ARGV[3] == '1' and hits > tonumber(ARGV[2])) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

/**
 * Redis counters (INCR + PEXPIRE in one script). If Redis is unreachable the limits
 * fail open, so the community keeps working; the outage is logged.
 */
export class RedisRateLimitStore extends RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix: 'hub:rl:' });
    this.redis.on('error', (err) => rootLogger.warn({ err: err.message }, 'rate-limit redis unavailable'));
  }

  async increment(key: string, ttlMs: number, limit: number, holdWhileBlocked = false): Promise<RateLimitRecord> {
    try {
      const [hits, pttl] = (await this.redis.eval(INCREMENT, 1, key, String(ttlMs), String(limit), holdWhileBlocked ? '1' : '0')) as [number, number];
      return record(hits, pttl > 0 ? pttl : ttlMs, limit);
    } catch {
      return record(0, ttlMs, limit);
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
    await this.redis.eval(`if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('DECR', KEYS[1]) end`, 1, key).catch(() => undefined);
  }

  override async close(): Promise<void> {
    this.redis.disconnect();
  }
}
