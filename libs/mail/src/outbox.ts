import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@app/core';
import { MailWorker } from './mail-worker.js';

/** What a cause puts in the outbox. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers?: Record<string, string>;
  /** A second e-mail with the same key is not queued (the first one stands). */
  dedupeKey?: string;
}

/**
 * Writes e-mails into the outbox inside the cause's transaction, so an e-mail exists exactly
 * when its cause committed; after the commit the worker is woken (a crash before that only
 * delays the e-mail until the next periodic sweep).
 */
@Injectable()
export class Outbox {
  constructor(private readonly worker: MailWorker) {}

  /** Queues the e-mail; returns its outbox id, or null when its dedupe key was already queued. */
  async add(uow: UnitOfWork, email: OutgoingEmail): Promise<string | null> {
    const rows: Array<{ id: string }> = await uow.em.query(
      `INSERT INTO email_outbox ("recipient", "subject", "text", "html", "headers", "dedupeKey")
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT ("dedupeKey") DO NOTHING
       RETURNING "id"`,
      [email.to, email.subject, email.text, email.html ?? null, JSON.stringify(email.headers ?? {}), email.dedupeKey ?? null],
    );
    if (rows.length) uow.afterCommit(() => this.worker.kick());
    return rows[0]?.id ?? null;
  }
}
