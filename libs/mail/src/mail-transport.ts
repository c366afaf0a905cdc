import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig, rootLogger } from '@app/core';
import type { EmailOutboxEntity } from './email-outbox.entity.js';

const logger = rootLogger.child({ module: 'mail' });

/**
 * Hands one e-mail to the mail server (SMTP_URL), or without one writes it as an .eml file
 * under DATA_DIR/outbox/ and logs its links, so a local install can still follow them.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter;
  readonly outboxDir: string;

  constructor(private readonly config: AppConfig) {
    this.outboxDir = join(config.dataDir, 'outbox');
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(email: EmailOutboxEntity): Promise<void> {
    const host = new URL(this.config.publicUrl).hostname || 'localhost';
    const info = await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: email.recipient,
      subject: email.subject,
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
      headers: email.headers,
      // Stable per outbox row: a message re-sent after a crash is recognisable downstream.
      messageId: `<${email.id}@${host}>`,
      date: email.createdAt,
    });
    if (this.config.smtpUrl) return;
    await mkdir(this.outboxDir, { recursive: true });
    const stamp = email.createdAt.toISOString().replace(/[:.]/g, '-');
    const file = join(this.outboxDir, `${stamp}-${email.id}.eml`);
    await writeFile(file, info.message as Buffer);
    const links = email.text.match(/https?:\/\/\S+/g) ?? [];
    logger.info({ to: email.recipient, subject: email.subject, file, links }, `e-mail scritta in ${file} (SMTP_URL non impostato)${links.length ? `: ${links.join(' ')}` : ''}`);
  }

  close(): void {
    this.transporter.close();
  }
}
