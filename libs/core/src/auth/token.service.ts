import { Injectable } from '@nestjs/common';
import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppConfig } from '../config/app-config.js';
import { isUuid } from '../database/ids.js';

interface AccessTokenClaims {
  sub: string;
}

/** Signs and verifies access tokens (HS256 only; the secret never leaves this class). */
@Injectable()
export class TokenService {
  /** The secret as a key object once: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every call. */
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  sign(memberId: string): string {
    return jwt.sign({}, this.key, {
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
    if (!token) return null;
    try {
      const claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'buone-pratiche-hub',
      }) as AccessTokenClaims;
      return isUuid(claims.sub) ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
