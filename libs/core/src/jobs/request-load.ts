import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The HTTP requests this instance is serving, so that background work that can wait (sending a
 * burst of e-mails) waits for a moment without requests instead of slowing the people using the
 * hub. It never waits long: work that yields is slowed, not stopped.
 */
@Injectable()
export class RequestLoad {
  private inFlight = 0;
  private waiters: Array<() => void> = [];

  /** Connect-style middleware counting each request from its arrival to the end of its response. */
  readonly middleware = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    this.inFlight++;
    res.once('close', this.finished);
    next();
  };

  /** Requests being served now. */
  get current(): number {
    return this.inFlight;
  }

  /** Resolves at once when no request is being served, else when the last one ends or after `maxMs`. */
  quiet(maxMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.waiters.push(done);
    });
  }

  private readonly finished = (): void => {
    this.inFlight--;
    if (this.inFlight === 0) for (const wake of [...this.waiters]) wake();
  };
}
