import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '@app/core';
import { OidcSignInError } from './oidc-sign-in.errors.js';
import { OidcService } from './oidc.service.js';

const STATE_COOKIE = 'hub_oidc_state';

function cookie(req: Request, name: string): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Sign-in with SPID/CIE (runtime.md): `/auth/oidc/login[?codice=]` redirects to the provider,
 * `/auth/oidc/callback` ends on `PUBLIC_URL/accesso#token=<JWT>` (or
 * `/registrazione/completa#token=` for a completed invitation), a failure on `/accesso#errore=<code>`.
 * `GET /auth/oidc` tells the client whether the button is shown.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  status(): { enabled: boolean } {
    return { enabled: this.oidc.enabled };
  }

  @Get('login')
  async login(@Query('codice') code: unknown, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    try {
      const { url, state } = await this.oidc.begin(typeof code === 'string' && code.trim() ? code.trim() : null);
      // The state is bound to this browser, so an answer started elsewhere (login CSRF) is refused.
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.publicUrl.startsWith('https://'),
        path: '/auth/oidc',
        maxAge: 10 * 60 * 1000,
      });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url);
    } catch (err) {
      this.fail(res, err);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException();
    res.clearCookie(STATE_COOKIE, { path: '/auth/oidc' });
    res.setHeader('Cache-Control', 'no-store');
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const result = await this.oidc.complete(query, cookie(req, STATE_COOKIE));
      const page = result.registered ? '/registrazione/completa' : '/accesso';
      res.redirect(302, `${this.config.publicUrl}${page}#token=${encodeURIComponent(result.token)}`);
    } catch (err) {
      this.fail(res, err);
    }
  }

  private fail(res: Response, err: unknown): void {
    if (!(err instanceof OidcSignInError)) throw err;
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, `${this.config.publicUrl}/accesso#errore=${err.failure}`);
  }
}
