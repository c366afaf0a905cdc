import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, RateLimitedError, RateLimitStore } from '@app/core';

/** How long an address where a member signed in stays known for that member's e-mail. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3600 * 1000;

/** The slots one admitted attempt holds until its password is checked. */
export interface LoginTicket {
  readonly email: string;
  readonly address: string;
  /** Counter keys this attempt took a slot in, given back if the password is right. */
  readonly held: readonly string[];
}

/**
 * Failed logins per e-mail and per address (RATE_LIMIT_LOGIN: `limit` per window), counted
 * before any password is hashed so that a flood never reaches argon2 in volume.
 *
 * - Each counter is a fixed window from its first failure. An attempt refused while a
 *   block lasts takes no slot, so it neither counts nor extends the block: a stranger
 *   cannot keep an e-mail blocked past the end of the window that caused the block.
 * - While an e-mail is blocked, its owner can still sign in from an address where they
 *   signed in before (remembered 30 days, only the address's own limit applies there),
 *   or from a "clean" address, one with no failure on record: each clean address gets
 *   one try, and at most `limit` such tries per block reach argon2. A failed try makes
 *   the address unclean, so rotating addresses buys at most `limit` more hashes per
 *   e-mail per window, not one per request.
 * - A password reset clears the e-mail's block (`clearEmail`).
 */
@Injectable()
export class LoginLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  /** Admits one attempt (taking its slots) or throws RATE_LIMITED, without hashing anything. */
  async admit(email: string, address: string): Promise<LoginTicket> {
    const { limit, windowSeconds } = this.config.rateLimitLogin;
    const windowMs = windowSeconds * 1000;
    const addressKey = this.addressKey(address);
    const byAddress = await this.store.take(addressKey, windowMs, limit);
    if (!byAddress.taken) throw new RateLimitedError(seconds(byAddress.ttlMs));
    // Read before this attempt's own slot: the address had no failure on record.
    const clean = byAddress.hits === 1;

    const emailKey = this.emailKey(email);
    const byEmail = await this.store.take(emailKey, windowMs, limit);
    if (byEmail.taken) return { email, address, held: [addressKey, emailKey] };

    if ((await this.store.peek(this.knownKey(email, address))).totalHits > 0) return { email, address, held: [addressKey] };
    if (clean && byEmail.ttlMs > 0) {
      // Its window ends with the e-mail's block, so each block has its own `limit` clean tries.
      const cleanKey = this.cleanKey(email);
      const cleanTry = await this.store.take(cleanKey, byEmail.ttlMs, limit);
      if (cleanTry.taken) return { email, address, held: [addressKey, cleanKey] };
    }
    await this.store.decrement(addressKey);
    throw new RateLimitedError(seconds(byEmail.ttlMs));
  }

  /** The right password: the attempt's slots are given back and the address becomes known for this e-mail. */
  async succeeded(ticket: LoginTicket): Promise<void> {
    await Promise.all([
      ...ticket.held.map((key) => this.store.decrement(key)),
      this.store.mark(this.knownKey(ticket.email, ticket.address), KNOWN_ADDRESS_MS),
    ]);
  }

  /** Ends the e-mail's block at once (a password reset proves the owner). */
  async clearEmail(emailInput: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    await Promise.all([this.store.reset(this.emailKey(email)), this.store.reset(this.cleanKey(email))]);
  }

  private emailKey(email: string): string {
    return `login-failures:email:${email}`;
  }

  private addressKey(address: string): string {
    return `login-failures:ip:${address}`;
  }

  private cleanKey(email: string): string {
    return `login-clean-tries:email:${email}`;
  }

  /** Hashed: the store keeps no list of where each member signs in from. */
  private knownKey(email: string, address: string): string {
    return `login-known:${createHash('sha256').update(`${email}\n${address}`).digest('base64url')}`;
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
