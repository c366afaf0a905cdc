import { Injectable } from '@nestjs/common';
import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppConfig } from '../config/app-config.js';
import { isUuid } from '../database/ids.js';

interface AccessTokenClaims {
  sub: string;
  exp?: number;
  /** The member's tokenVersion when signed (absent: 0); a password change makes older ones void. */
  ver?: number;
}

/** Whose token it is, and the member's token version it was signed under. */
export interface VerifiedToken {
  memberId: string;
  version: number;
}

/** Signs and verifies access tokens (HS256 only; the secret never leaves this class). */
@Injectable()
export class TokenService {
  /** The secret as a key object once: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every call. */
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  sign(memberId: string, version = 0): string {
    return jwt.sign(version ? { ver: version } : {}, this.key, {
      algorithm: 'HS256',
      subject: memberId,
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'buone-pratiche-hub',
    });
  }

  /**
   * The member id of a valid token, or null for a missing, malformed, forged or expired one,
   * or one whose subject is not a member id (a uuid) and so can name no member.
   */
  verify(token: string | undefined | null): string | null {
    return this.verifyWithVersion(token)?.memberId ?? null;
  }

  /** Like `verify`, with the token version the caller compares with the member's current one. */
  verifyWithVersion(token: string | undefined | null): VerifiedToken | null {
    const claims = this.claims(token);
    if (!claims || !isUuid(claims.sub)) return null;
    return { memberId: claims.sub, version: Number.isInteger(claims.ver) ? claims.ver! : 0 };
  }

  /** When a valid token stops being accepted (ms since the epoch); null for an invalid token or one without expiry. */
  expiresAt(token: string | undefined | null): number | null {
    const exp = this.claims(token)?.exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  }

  private claims(token: string | undefined | null): AccessTokenClaims | null {
    if (!token) return null;
    try {
      return jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'buone-pratiche-hub' }) as AccessTokenClaims;
    } catch {
      return null;
    }
  }
}
