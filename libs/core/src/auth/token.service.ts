import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AppConfig } from '../config/app-config.js';

interface AccessTokenClaims {
  sub: string;
}

/** Signs and verifies access tokens (HS256 only; the secret never leaves this class). */
@Injectable()
export class TokenService {
  constructor(private readonly config: AppConfig) {}

  sign(memberId: string): string {
    return jwt.sign({}, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: memberId,
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'buone-pratiche-hub',
    });
  }

  /** The member id of a valid token, or null for a missing, malformed, forged or expired one. */
  verify(token: string | undefined | null): string | null {
    if (!token) return null;
    try {
      const claims = jwt.verify(token, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: 'buone-pratiche-hub',
      }) as AccessTokenClaims;
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
