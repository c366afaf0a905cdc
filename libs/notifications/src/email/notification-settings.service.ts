import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ViewerContext } from '@app/core';
import { DigestFrequency, NotificationType } from '../notifications.enums.js';
import { DEFAULT_DIGEST, DEFAULT_EMAIL_IMMEDIATELY, NotificationSettings, NotificationSettingsInput } from './notification-settings.model.js';

/** What an unsubscribe address turns off: the digest, or the immediate e-mails of some types. */
export type UnsubscribeKind = { digest: true } | { types: NotificationType[] };

/** The types of `list` but those of `$2`, in their order. */
const withoutTypes = (list: string) => `ARRAY(SELECT u.t FROM unnest(${list}) WITH ORDINALITY AS u(t, i) WHERE NOT u.t = ANY($2::text[]) ORDER BY u.i)`;

/** A member's e-mail settings; a member without a row has the defaults. */
@Injectable()
export class NotificationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(memberId: string): Promise<NotificationSettings> {
    const [row]: NotificationSettings[] = await this.dataSource.query(
      `SELECT "emailImmediately", "digest" FROM notification_settings WHERE "memberId" = $1`,
      [memberId],
    );
    return row ?? { emailImmediately: [...DEFAULT_EMAIL_IMMEDIATELY], digest: DEFAULT_DIGEST };
  }

  async update(viewer: ViewerContext, input: NotificationSettingsInput): Promise<NotificationSettings> {
    viewer.assertCanWrite();
    const types = input.emailImmediately ? [...new Set(input.emailImmediately)] : null;
    const [row]: NotificationSettings[] = await this.dataSource.query(
      `INSERT INTO notification_settings ("memberId", "emailImmediately", "digest")
       VALUES ($1, COALESCE($2::text[], $4::text[]), COALESCE($3, $5))
       ON CONFLICT ("memberId") DO UPDATE
         SET "emailImmediately" = COALESCE($2::text[], notification_settings."emailImmediately"),
             "digest" = COALESCE($3, notification_settings."digest"),
             "updatedAt" = now()
       RETURNING "emailImmediately", "digest"`,
      [viewer.memberId, types, input.digest ?? null, DEFAULT_EMAIL_IMMEDIATELY, DEFAULT_DIGEST],
    );
    return row;
  }

  /** Turns a kind of e-mail off for a member (the one-click unsubscribe, no sign-in). */
  async unsubscribe(memberId: string, kind: UnsubscribeKind): Promise<void> {
    const digest = 'digest' in kind ? DigestFrequency.NEVER : null;
    const without = 'types' in kind ? kind.types : [];
    await this.dataSource.query(
      `INSERT INTO notification_settings ("memberId", "emailImmediately", "digest")
       SELECT m."id", ${withoutTypes('$4::text[]')}, COALESCE($3, $5)
         FROM member m WHERE m."id" = $1
       ON CONFLICT ("memberId") DO UPDATE
         SET "emailImmediately" = ${withoutTypes('notification_settings."emailImmediately"')},
             "digest" = COALESCE($3, notification_settings."digest"),
             "updatedAt" = now()`,
      [memberId, without, digest, DEFAULT_EMAIL_IMMEDIATELY, DEFAULT_DIGEST],
    );
  }
}
