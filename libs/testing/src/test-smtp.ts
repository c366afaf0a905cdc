import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** An SMTP server in the test process, keeping every message it accepts, parsed. */
export interface TestSmtp {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Waits until `count` messages matching `filter` have arrived (default: any), and returns them. */
  waitFor(count: number, filter?: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The messages for one recipient. */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

/** A port with nothing listening on it now (a server started later may take it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function recipients(message: ParsedMail): string[] {
  const list = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

export interface TestSmtpOptions {
  /** Milliseconds before the server answers each message it accepts (a slow mail server). */
  replyDelayMs?: number;
}

/** Starts the SMTP server on `port` (default: a free one); plain SMTP, no authentication. */
export async function startTestSmtp(port = 0, options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Closing ends the connections a pooled client keeps open after a second, not 30.
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push(parsed);
          if (options.replyDelayMs) setTimeout(callback, options.replyDelayMs);
          else callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.server.address() as { port: number }).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    messages,
    to: (address) => messages.filter((m) => recipients(m).includes(address.toLowerCase())),
    async waitFor(count, filter = () => true, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter(filter);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`SMTP di prova: attesi ${count} messaggi, arrivati ${found.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text starting with `prefix`. */
export function linkIn(message: ParsedMail, prefix: string): string {
  const link = (message.text ?? '').match(/https?:\/\/\S+/g)?.find((l) => l.startsWith(prefix));
  if (!link) throw new Error(`nessun collegamento ${prefix} nel messaggio «${message.subject}»`);
  return link;
}
