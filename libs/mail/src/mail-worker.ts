import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobQueue, rootLogger, TransactionRunner } from '@app/core';
import { EmailOutboxEntity, EmailStatus } from './email-outbox.entity.js';
import { MailTransport } from './mail-transport.js';

const logger = rootLogger.child({ module: 'mail' });

/** The pg-boss queue whose jobs sweep the outbox. */
export const MAIL_SWEEP_QUEUE = 'mail-sweep';
/** Marks the worker's own statements (background work, not any request's: the tests' query counter skips them). */
export const MAIL_WORKER_SQL_TAG = '/* mail-worker */';
/** After this many failed attempts an e-mail is FAILED (about a day of retries). */
export const MAX_ATTEMPTS = 30;

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
 * Each e-mail is claimed with `FOR UPDATE SKIP LOCKED` and marked SENT in the transaction that
 * holds the claim, so several instances share the work and never send one twice. A failure
 * counts an attempt and moves `nextAttemptAt` by an exponential backoff.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly transport: MailTransport,
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

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** Asks for a sweep as soon as possible (after a commit that queued an e-mail). */
  async kick(): Promise<void> {
    await this.jobs.send(MAIL_SWEEP_QUEUE, {}, { singletonKey: 'now' });
  }

  /** Sends every due e-mail this instance can claim, then books the next retry. */
  async sweep(): Promise<void> {
    while (!this.jobs.isStopping && (await this.sendNext())) {
      // one e-mail per transaction, so a claim is held only while its own e-mail is handed over
    }
    await this.scheduleNextRetry();
  }
  /** Claims one due e-mail and sends it; false when none is left to claim. */
  private async sendNext(): Promise<boolean> {
    return this.tx.run(async ({ em }) => {
      const [email] = await em
        .getRepository(EmailOutboxEntity)
        .createQueryBuilder('e')
        .comment('mail-worker')
        .where('e.status = :status AND e."nextAttemptAt" <= now()', { status: EmailStatus.PENDING })
        .orderBy('e."nextAttemptAt"')
        .addOrderBy('e."createdAt"')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!email) return false;
      try {
        await this.transport.send(email);
        await em.query(`${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "status" = $2, "sentAt" = now(), "attempts" = "attempts" + 1, "lastError" = NULL WHERE "id" = $1`, [
          email.id,
          EmailStatus.SENT,
        ]);
      } catch (err) {
        const attempts = email.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await em.query(
          `${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "attempts" = $2, "status" = $3, "lastError" = $4,
             "nextAttemptAt" = now() + make_interval(secs => $5) WHERE "id" = $1`,
          [email.id, attempts, failed ? EmailStatus.FAILED : EmailStatus.PENDING, String((err as Error)?.message ?? err).slice(0, 1000), retryDelaySeconds(attempts)],
        );
        const log = { err, emailId: email.id, attempts };
        if (failed) logger.error(log, "e-mail non consegnata dopo l'ultimo tentativo");
        else logger.warn(log, `invio e-mail non riuscito: nuovo tentativo tra ${retryDelaySeconds(attempts)} s`);
      }
      return true;
    });
  }

  /** A delayed sweep at the earliest pending retry (one job per second of due time). */
  private async scheduleNextRetry(): Promise<void> {
    if (this.jobs.isStopping) return;
    const [next]: Array<{ due: Date | null }> = await this.tx.run(({ em }) =>
      em.query(`${MAIL_WORKER_SQL_TAG} SELECT min("nextAttemptAt") AS "due" FROM email_outbox WHERE "status" = $1`, [EmailStatus.PENDING]),
    );
    if (!next?.due) return;
    const due = new Date(Math.ceil(new Date(next.due).getTime() / 1000) * 1000);
    await this.jobs.sendAfter(MAIL_SWEEP_QUEUE, {}, { singletonKey: `retry-${due.getTime()}` }, due);
  }
}
