import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { RequestLoad } from './request-load.js';

/** A request through the middleware; `end()` closes its response. */
function request(load: RequestLoad): { end(): void } {
  const res = new EventEmitter();
  load.middleware({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return { end: () => res.emit('close') };
}

describe('RequestLoad', () => {
  it('lets background work through at once when no request is being served', async () => {
    const load = new RequestLoad();
    const started = Date.now();
    await load.quiet(5000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(load.current).toBe(0);
  });

  it('holds background work until the last request in flight has been answered', async () => {
    const load = new RequestLoad();
    const [a, b] = [request(load), request(load)];
    let through = false;
    const waiting = load.quiet(60_000).then(() => (through = true));
    a.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(through).toBe(false);
    expect(load.current).toBe(1);
    b.end();
    await waiting;
    expect(through).toBe(true);
    expect(load.current).toBe(0);
  });

  it('never holds background work longer than asked while requests keep coming', async () => {
    const load = new RequestLoad();
    request(load);
    const started = Date.now();
    await load.quiet(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(load.current).toBe(1);
  });
});
