import { createHmac, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, HttpCode, Injectable, NotFoundException, Param, Post } from '@nestjs/common';
import { AppConfig } from '@app/core';
import { NotificationType } from '../notifications.enums.js';
import { NotificationSettingsService, type UnsubscribeKind } from './notification-settings.service.js';

/** The path of the one-click unsubscribe addresses (RFC 8058). */
export const UNSUBSCRIBE_PATH = '/email/disiscrizione';

const TYPE_NAMES: Partial<Record<NotificationType, string>> = {
  [NotificationType.MENTION]: 'le menzioni',
  [NotificationType.REPLY]: 'le risposte ai suoi messaggi',
  [NotificationType.MODERATION]: 'gli interventi dei moderatori',
  [NotificationType.TWINNING_STATUS]: 'i cambi di stato dei gemellaggi',
  [NotificationType.NEW_POST]: 'i nuovi messaggi nelle discussioni seguite',
  [NotificationType.NEW_THREAD]: 'le nuove discussioni',
  [NotificationType.PRACTICE_UPDATED]: 'gli aggiornamenti delle buone pratiche seguite',
  [NotificationType.PRACTICE_LINKED]: 'le buone pratiche collegate alle discussioni',
  [NotificationType.NEW_FLAG]: 'le nuove segnalazioni',
  [NotificationType.DOCUMENT]: 'i documenti delle buone pratiche e dei gemellaggi seguiti',
  [NotificationType.NEED_MATCHED]: 'i fabbisogni che corrispondono alle sue buone pratiche',
  [NotificationType.ADOPTION]: 'le adozioni delle buone pratiche seguite',
};

/** What an unsubscribe address turns off, in Italian. */
export function describeKind(kind: UnsubscribeKind): string {
  if ('digest' in kind) return 'il riepilogo periodico per e-mail';
  return `le e-mail immediate per ${kind.types.map((t) => TYPE_NAMES[t] ?? t).join(', ')}`;
}

/**
 * Signed unsubscribe addresses: the member and what to turn off, with an HMAC under a key derived
 * from the JWT secret, so the address works without signing in and cannot be forged or altered.
 */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('email-unsubscribe').digest();
  }

  url(memberId: string, kind: UnsubscribeKind): string {
    const payload = Buffer.from(JSON.stringify({ m: memberId, k: 'digest' in kind ? 'digest' : kind.types })).toString('base64url');
    return `${this.config.publicUrl}${UNSUBSCRIBE_PATH}/${payload}.${this.sign(payload)}`;
  }

  /** The member and kind of a token, or null when it is malformed or its signature is wrong. */
  verify(token: string): { memberId: string; kind: UnsubscribeKind } | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const { m, k } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { m: unknown; k: unknown };
      if (typeof m !== 'string') return null;
      if (k === 'digest') return { memberId: m, kind: { digest: true } };
      const types = Object.values(NotificationType) as string[];
      if (Array.isArray(k) && k.length && k.every((t) => types.includes(t))) return { memberId: m, kind: { types: k as NotificationType[] } };
      return null;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, 32);
  }
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title} · Buone pratiche</title><style>body{font-family:'Titillium Web',Geneva,Tahoma,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}` +
  `button{background:#0066cc;color:#fff;border:0;border-radius:4px;padding:.75rem 1.25rem;font:inherit;font-weight:600;cursor:pointer}a{color:#0066cc}</style></head>` +
  `<body><h1>${title}</h1>${body}</body></html>`;

/**
 * The unsubscribe address of notification and digest e-mails. `POST` (what mail clients send for
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and the page's button) turns that kind of
 * e-mail off without signing in; `GET` (a person, or a link scanner, opening the address) only
 * shows a page asking to confirm, so nothing changes by merely opening the link.
 */
@Controller(UNSUBSCRIBE_PATH.slice(1))
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly settings: NotificationSettingsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  confirm(@Param('token') token: string): string {
    const found = this.found(token);
    return page(
      'Disattivare queste e-mail?',
      `<p>Non riceverà più ${describeKind(found.kind)}.</p><form method="post"><button type="submit">Disattiva</button></form>` +
        `<p>Può cambiare tutte le preferenze dal <a href="${this.config.publicUrl}/profilo">suo profilo</a>.</p>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const found = this.found(token);
    await this.settings.unsubscribe(found.memberId, found.kind);
    return page(
      'E-mail disattivate',
      `<p>Da ora non riceverà più ${describeKind(found.kind)}.</p><p>Può riattivarle dal <a href="${this.config.publicUrl}/profilo">suo profilo</a>.</p>`,
    );
  }

  private found(token: string): { memberId: string; kind: UnsubscribeKind } {
    const found = this.links.verify(token);
    if (!found) throw new NotFoundException('Indirizzo di disiscrizione non valido');
    return found;
  }
}
