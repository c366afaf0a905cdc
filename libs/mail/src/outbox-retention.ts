import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, rootLogger, TransactionRunner } from '@app/core';
import { EmailStatus } from './email-outbox.entity.js';

const logger = rootLogger.child({ module: 'mail' });

/** Sent e-mails are kept this long (to answer "did it go out?"), then deleted. */
export const SENT_RETENTION_DAYS = 30;

/** Every night at 03:30 Europe/Rome, deletes sent e-mails older than the retention; failed ones stay for an operator. */
@Injectable()
export class OutboxRetention implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: 'outbox-retention', cron: '30 3 * * *', handler: async () => void (await this.purge()) });
  }

  /** Deletes old sent e-mails; returns how many. */
  async purge(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.tx.run(({ em }) =>
      em.query(`DELETE FROM email_outbox WHERE "status" = $1 AND "sentAt" < now() - make_interval(days => $2)`, [EmailStatus.SENT, SENT_RETENTION_DAYS]),
    );
    if (deleted) logger.info({ deleted }, `e-mail inviate più di ${SENT_RETENTION_DAYS} giorni fa eliminate`);
    return deleted;
  }
}
