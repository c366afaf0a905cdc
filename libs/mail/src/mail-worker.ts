import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, RequestLoad, rootLogger } from '@app/core';
import { EmailOutboxEntity, EmailStatus } from './email-outbox.entity.js';
import { MAIL_CONNECTIONS, MailTransport } from './mail-transport.js';
import { claimDueEmails, markEmailFailed, markEmailSent, nextEmailDue, releaseEmails } from './outbox.queries.js';

const logger = rootLogger.child({ module: 'mail' });

/** The pg-boss queue whose jobs sweep the outbox. */
export const MAIL_SWEEP_QUEUE = 'mail-sweep';
/** After this many failed attempts an e-mail is FAILED (about a day of retries). */
export const MAX_ATTEMPTS = 30;
/** E-mails a lane of a sweep claims at once (one statement), then hands over one after the other. */
export const CLAIM_BATCH = 8;
/** How long a claim keeps its e-mails from every sweep, this instance's and others'. */
export const CLAIM_SECONDS = 180;
/** Hand-overs of a claimed batch still unfinished this long after the claim are abandoned: well within the claim. */
const CLAIM_SEND_SECONDS = 120;
/** A sweep stops claiming after this long and asks for another, well within its job's expiry (600 s). */
const SWEEP_SECONDS = 300;
/** Before each hand-over a lane waits for a moment without requests, at most this long. */
const YIELD_MS = 100;

/** Seconds before the next attempt after `attempts` failures: 1, 2, 4, … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the outbox. The rows are the truth; pg-boss (its own `pgboss` schema in the same
 * database) only says when to look: a job right after each commit that queued an e-mail, a
 * delayed job at the next retry, a sweep every minute and one at start-up, so an e-mail
 * queued before a crash or a restart is sent all the same.
 *
 * A sweep runs MAIL_CONNECTIONS lanes at once, one per pooled SMTP connection. A lane claims
 * CLAIM_BATCH due e-mails in one statement (`FOR UPDATE SKIP LOCKED`, moving their
 * `nextAttemptAt` CLAIM_SECONDS ahead: a lease, so no other sweep of any instance takes them),
 * hands them over one after the other and marks each SENT, or counts a failed attempt with an
 * exponential backoff, in its own statement right after its hand-over. No database connection
 * is held while the mail server answers, and a crash leaves at most the e-mail being handed
 * over in doubt (sent again when its claim runs out); the others of its batch wait for the
 * claim to run out. A stopping instance gives back what it claimed and did not try.
 *
 * A burst of e-mails must not slow the people using the hub: the hand-over runs in a thread of
 * its own at a lower priority (SmtpSender), and before each hand-over a lane waits for a moment
 * when this instance serves no request (RequestLoad), at most YIELD_MS; while requests are still
 * being served after that, the lanes hand over one at a time.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The end of the last hand-over that started while requests were being served (they go one at a time). */
  private busyTurn: Promise<void> = Promise.resolve();

  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly load: RequestLoad,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // `short`: at most one waiting job per key, so a burst of commits queues one sweep.
    await this.jobs.register({
      name: MAIL_SWEEP_QUEUE,
      queue: { policy: 'short', retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
      work: { pollingIntervalSeconds: 0.5 },
      handler: () => this.sweep(),
      cron: '* * * * *',
    });
    await this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }

  /** Asks for a sweep as soon as possible (after a commit that queued an e-mail). */
  async kick(): Promise<void> {
    await this.jobs.send(MAIL_SWEEP_QUEUE, {}, { singletonKey: 'now' });
  }

  /** Sends every due e-mail this instance can claim, MAIL_CONNECTIONS at a time, then books the next retry. */
  async sweep(): Promise<void> {
    const until = Date.now() + SWEEP_SECONDS * 1000;
    const lanes = await Promise.allSettled(Array.from({ length: MAIL_CONNECTIONS }, () => this.sendAll(until)));
    const failed = lanes.find((lane) => lane.status === 'rejected');
    if (failed) throw failed.reason;
    if (Date.now() >= until) await this.kick();
    await this.scheduleNextRetry();
  }

  /** One lane of a sweep: batch after batch until none is left to claim (or the sweep's time is up). */
  private async sendAll(until: number): Promise<void> {
    while (!this.jobs.isStopping && Date.now() < until) {
      const untried = await claimDueEmails(this.dataSource, CLAIM_BATCH, CLAIM_SECONDS);
      if (!untried.length) return;
      const deadline = AbortSignal.timeout(CLAIM_SEND_SECONDS * 1000);
      try {
        while (untried.length && !this.jobs.isStopping && !deadline.aborted) {
          const email = untried.shift()!;
          await this.yieldingTo(() => this.sendOne(email, deadline));
        }
      } finally {
        if (untried.length) await releaseEmails(this.dataSource, untried.map((email) => email.id));
      }
      if (deadline.aborted) return;
    }
  }

  /**
   * Runs `handOver` as soon as this instance serves no request, or after YIELD_MS. When requests
   * are still being served by then, it waits for the end of the previous hand-over that started
   * under load: under load the lanes take turns instead of handing over side by side.
   */
  private async yieldingTo(handOver: () => Promise<void>): Promise<void> {
    await this.load.quiet(YIELD_MS);
    if (this.load.current === 0) return handOver();
    const previous = this.busyTurn;
    let done!: () => void;
    this.busyTurn = new Promise<void>((resolve) => (done = resolve));
    try {
      await previous;
      await handOver();
    } finally {
      done();
    }
  }

  /** Hands over one claimed e-mail and marks it SENT, or counts the failed attempt. */
  private async sendOne(email: EmailOutboxEntity, deadline: AbortSignal): Promise<void> {
    try {
      await this.transport.send(email, deadline);
    } catch (err) {
      const attempts = email.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      const status = failed ? EmailStatus.FAILED : EmailStatus.PENDING;
      await markEmailFailed(this.dataSource, email.id, attempts, status, String((err as Error)?.message ?? err).slice(0, 1000), retryDelaySeconds(attempts));
      const log = { err, emailId: email.id, attempts };
      if (failed) logger.error(log, "e-mail non consegnata dopo l'ultimo tentativo");
      else logger.warn(log, `invio e-mail non riuscito: nuovo tentativo tra ${retryDelaySeconds(attempts)} s`);
      return;
    }
    await markEmailSent(this.dataSource, email.id);
  }

  /** A delayed sweep at the earliest pending retry (one job per second of due time). */
  private async scheduleNextRetry(): Promise<void> {
    if (this.jobs.isStopping) return;
    const next = await nextEmailDue(this.dataSource);
    if (!next) return;
    const due = new Date(Math.ceil(next.getTime() / 1000) * 1000);
    await this.jobs.sendAfter(MAIL_SWEEP_QUEUE, {}, { singletonKey: `retry-${due.getTime()}` }, due);
  }
}
