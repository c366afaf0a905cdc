import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/core';

/** A signed address lives from one to two hours: the expiry is the next full hour plus one, so the same link is answered for an hour. */
const HOUR_MS = 3600 * 1000;

/**
 * Short-lived signed addresses (`<path>?key=<expiry>.<mac>`) for downloads that need a
 * permission, so that a link given to someone who may download works without headers (a
 * browser following an `<a href>`). The MAC (HMAC-SHA256 keyed by JWT_SECRET) covers the path
 * and the expiry.
 */
@Injectable()
export class SignedUrls {
  constructor(private readonly config: AppConfig) {}

  private mac(path: string, expires: number): Buffer {
    return createHmac('sha256', this.config.jwtSecret).update(`signed-download:${path}:${expires}`).digest();
  }

  /** `path` with a key valid until the end of the next hour. */
  sign(path: string, now = Date.now()): string {
    const expires = Math.ceil(now / HOUR_MS) * HOUR_MS + HOUR_MS;
    return `${path}?key=${expires}.${this.mac(path, expires).toString('base64url')}`;
  }

  /** Whether `key` was signed for `path` and has not expired. */
  verify(path: string, key: unknown, now = Date.now()): boolean {
    if (typeof key !== 'string') return false;
    const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(key);
    if (!match) return false;
    const expires = Number(match[1]);
    if (expires < now) return false;
    // Compared as text: base64url ignores the spare bits of its last character, which must not make a second valid key.
    const given = Buffer.from(match[2]);
    const expected = Buffer.from(this.mac(path, expires).toString('base64url'));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
