import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig, rootLogger } from '@app/core';
import type { EmailOutboxEntity } from './email-outbox.entity.js';
import { SmtpSender } from './smtp-sender.js';

const logger = rootLogger.child({ module: 'mail' });

/** SMTP connections kept open to the mail server: how many e-mails are handed over at once. */
export const MAIL_CONNECTIONS = 4;
/** A hand-over still unfinished after this long is abandoned (a server trickling its replies), unless the caller says when. */
const SEND_TIMEOUT_MS = 120_000;

/**
 * Hands e-mails to the mail server (SMTP_URL) over a pool of MAIL_CONNECTIONS open connections,
 * each reused for up to 100 messages (opening one costs the server's greeting, often delayed on
 * purpose), from a thread of its own (SmtpSender), or without SMTP_URL writes each as an .eml file under DATA_DIR/outbox/ and logs its
 * links, so a local install can still follow them.
 */
@Injectable()
export class MailTransport {
  /** With SMTP_URL: the hand-over, in a thread of its own. */
  private readonly smtp: SmtpSender | null;
  /** Without: the message built here, to be written as a file. */
  private readonly files: Transporter | null;
  readonly outboxDir: string;

  constructor(private readonly config: AppConfig) {
    this.outboxDir = join(config.dataDir, 'outbox');
    this.smtp = config.smtpUrl
      ? new SmtpSender({
          url: config.smtpUrl,
          pool: true,
          maxConnections: MAIL_CONNECTIONS,
          maxMessages: 100,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
    this.files = this.smtp ? null : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Hands over one e-mail; `signal` abandons it (closing its connection). */
  async send(email: EmailOutboxEntity, signal: AbortSignal = AbortSignal.timeout(SEND_TIMEOUT_MS)): Promise<void> {
    const host = new URL(this.config.publicUrl).hostname || 'localhost';
    const mail = {
      from: this.config.mailFrom,
      to: email.recipient,
      subject: email.subject,
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
      headers: email.headers,
      // Stable per outbox row: a message re-sent after a crash is recognisable downstream.
      messageId: `<${email.id}@${host}>`,
      date: email.createdAt,
    };
    if (this.smtp) return this.smtp.send(mail, signal);
    const info = await this.files!.sendMail({ ...mail, signal });
    await mkdir(this.outboxDir, { recursive: true });
    const stamp = email.createdAt.toISOString().replace(/[:.]/g, '-');
    const file = join(this.outboxDir, `${stamp}-${email.id}.eml`);
    // Written whole under a temporary name, then renamed: a reader of the folder never sees half a message.
    await writeFile(`${file}.part`, info.message as Buffer);
    await rename(`${file}.part`, file);
    const links = email.text.match(/https?:\/\/\S+/g) ?? [];
    logger.info({ to: email.recipient, subject: email.subject, file, links }, `e-mail scritta in ${file} (SMTP_URL non impostato)${links.length ? `: ${links.join(' ')}` : ''}`);
  }

  async close(): Promise<void> {
    this.files?.close();
    await this.smtp?.close();
  }
}
