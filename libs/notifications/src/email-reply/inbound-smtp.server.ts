import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AppConfig, rootLogger, TransactionRunner } from '@app/core';
import { ReplyTokens } from '../email/reply-tokens.js';
import { EmailReplyService } from './email-reply.service.js';
import { messageKey } from './inbound-message.js';

const logger = rootLogger.child({ module: 'email-reply' });

/** The largest reply accepted (advertised with SIZE): a reply is text, and attachments are refused anyway. */
export const MAX_REPLY_BYTES = 256 * 1024;

/** An answer of the SMTP conversation (ASCII: SMTP replies are 7-bit). */
class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The built-in SMTP listener for replies by e-mail (INBOUND_SMTP_PORT, on HOST): it accepts only
 * well-formed `reply+<token>@MAIL_REPLY_DOMAIN` recipients whose token exists, refusing any other
 * during the conversation (550), so it never has to bounce anything to a sender that may be forged.
 * A message is answered 250 once handled (posted, or refused by an e-mail to the member); a fault
 * answers 451, so the sending server tries again and the message is not lost.
 */
@Injectable()
export class InboundSmtpServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server: SMTPServer | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly tokens: ReplyTokens,
    private readonly replies: EmailReplyService,
  ) {}

  /** The port it listens on (INBOUND_SMTP_PORT=0 picks a free one); null when off. */
  get port(): number | null {
    const address = this.server?.server.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.inboundSmtpPort;
    if (port === undefined) return;
    const server = new SMTPServer({
      name: this.config.mailReplyDomain,
      banner: 'Buone pratiche, risposte per e-mail',
      size: MAX_REPLY_BYTES,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      disableReverseLookup: true,
      maxClients: 100,
      closeTimeout: 2_000,
      onRcptTo: (address, _session, callback) => {
        this.checkRecipient(address.address).then(() => callback(), callback);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          if (!stream.sizeExceeded) chunks.push(chunk);
        });
        stream.once('end', () => {
          if (stream.sizeExceeded) return callback(new SmtpReply(552, `Messaggio troppo grande: al massimo ${MAX_REPLY_BYTES / 1024} KB`));
          // A null sender (`MAIL FROM:<>`) is a bounce or a delivery report: nobody wrote it, nobody is answered.
          if (!session.envelope.mailFrom || !session.envelope.mailFrom.address) return callback();
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          this.track(this.deliver(Buffer.concat(chunks), recipients)).then(() => callback(), callback);
        });
      },
    });
    server.on('error', (err) => logger.warn({ err }, 'SMTP in entrata: errore di connessione'));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, this.config.host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    logger.info({ port: this.port, domain: this.config.mailReplyDomain }, `risposte per e-mail: SMTP su ${this.config.host}:${this.port} per reply+…@${this.config.mailReplyDomain}`);
  }

  /** Before the database closes: no new connection, and the messages being handled finish. */
  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...this.inFlight]);
  }

  private async checkRecipient(address: string): Promise<void> {
    const token = this.tokens.tokenOf(address);
    let known: boolean;
    try {
      known = !!token && !!(await this.tx.run((uow) => this.tokens.resolve(uow, token)));
    } catch (err) {
      logger.error({ err }, 'SMTP in entrata: verifica del destinatario non riuscita');
      throw new SmtpReply(451, 'Errore temporaneo, riprovare piu tardi');
    }
    if (!known) throw new SmtpReply(550, 'Indirizzo di risposta sconosciuto');
  }

  /** Handles the message for each accepted recipient (each a reply address checked at RCPT). */
  private async deliver(raw: Buffer, recipients: string[]): Promise<void> {
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw);
    } catch (err) {
      logger.warn({ err }, 'SMTP in entrata: messaggio non leggibile');
      throw new SmtpReply(554, 'Messaggio non leggibile');
    }
    const key = messageKey(mail, raw);
    for (const address of recipients) {
      const token = this.tokens.tokenOf(address);
      if (!token) continue;
      try {
        const outcome = await this.replies.receive(token, mail, key);
        if (outcome !== 'posted' && outcome !== 'refused') logger.info({ outcome }, 'SMTP in entrata: messaggio non pubblicato');
      } catch (err) {
        logger.error({ err }, 'SMTP in entrata: risposta non elaborata');
        throw new SmtpReply(451, 'Errore temporaneo, riprovare piu tardi');
      }
    }
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }
}
