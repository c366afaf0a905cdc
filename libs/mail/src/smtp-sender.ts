import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Mail, TransportConfig } from 'nodemailer';
import { rootLogger } from '@app/core';
import type { SenderData, SenderReply, SenderRequest } from './smtp-sender.worker.js';

const logger = rootLogger.child({ module: 'mail' });

/** Niceness of the sending thread: e-mails wait for the requests, not the other way round. */
const SENDER_NICENESS = 19;
/** How long a closing sender may take to say QUIT to the mail server before its thread is stopped. */
const CLOSE_MS = 2000;

// The worker's file beside this one: .ts under the tests (run by Node.js's type stripping), .js once built.
const WORKER_URL = new URL(`./smtp-sender.worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

interface Pending {
  worker: Worker;
  resolve(): void;
  reject(err: Error): void;
}

/**
 * Hands e-mails to an SMTP server from a worker thread (smtp-sender.worker.ts) that holds the
 * nodemailer pool. The thread starts with the first e-mail; if it dies, the e-mails it held fail
 * (the outbox retries them) and the next e-mail starts another.
 */
export class SmtpSender {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: TransportConfig) {}

  /** Resolves once the mail server accepted the e-mail; `signal` abandons it. */
  send(mail: Mail.Options, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    if (this.closed) return Promise.reject(new Error("invio delle e-mail chiuso: l'istanza si sta fermando"));
    const worker = this.start();
    const id = ++this.nextId;
    return new Promise<void>((resolve, reject) => {
      const abort = (): void => worker.postMessage({ abort: id } satisfies SenderRequest);
      signal.addEventListener('abort', abort, { once: true });
      const done = (): void => {
        signal.removeEventListener('abort', abort);
        this.pending.delete(id);
        if (!this.pending.size) worker.unref();
      };
      // While an e-mail is being handed over the thread keeps the process alive (a command that
      // sends and exits waits for it); idle, it does not.
      if (!this.pending.size) worker.ref();
      this.pending.set(id, {
        worker,
        resolve: () => (done(), resolve()),
        reject: (err) => (done(), reject(err)),
      });
      worker.postMessage({ id, mail } satisfies SenderRequest);
    });
  }

  /**
   * Lets the hand-overs under way finish (their answers still come back, so an e-mail the server
   * accepted is marked SENT), then closes the pool (QUIT on each connection) and ends the thread;
   * after CLOSE_MS the thread is stopped whatever it is doing.
   */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const exited = once(worker, 'exit');
    const timer = setTimeout(() => void worker.terminate(), CLOSE_MS);
    worker.postMessage({ close: true } satisfies SenderRequest);
    await exited;
    clearTimeout(timer);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL, { workerData: { options: this.options, niceness: SENDER_NICENESS } satisfies SenderData });
    worker.on('message', (reply: SenderReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve();
      else pending.reject(new Error(reply.message));
    });
    worker.on('error', (err) => logger.error({ err }, "il thread d'invio delle e-mail si è fermato"));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      for (const pending of [...this.pending.values()]) if (pending.worker === worker) pending.reject(new Error("thread d'invio delle e-mail terminato"));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
