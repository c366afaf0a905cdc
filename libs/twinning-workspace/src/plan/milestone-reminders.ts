import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, TransactionRunner } from '@app/core';
import { MilestoneDueTomorrow } from '../workspace.events.js';

export const MILESTONE_REMINDER_QUEUE = 'milestone-due-reminder';

/** Midnight in Italy of the day `days` after the one of `at`, as an instant. */
export function romeMidnight(at: Date, days: number): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).split('-').map(Number);
  // Midnight UTC of that calendar day is 01:00 or 02:00 in Rome: the hour there is the offset to take away.
  const utcMidnight = new Date(Date.UTC(y, m - 1, d + days));
  const offset = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight));
  return new Date(utcMidnight.getTime() - offset * 3600 * 1000);
}

/**
 * Every morning (Europe/Rome) the milestones not done yet and due tomorrow notify the twinning's
 * followers and its participants' members, once per milestone.
 */
@Injectable()
export class MilestoneReminders implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: MILESTONE_REMINDER_QUEUE, cron: '0 8 * * *', handler: async () => void (await this.remindDue()) });
  }

  /** Notifies the milestones due on the day after `now` (Italian calendar) not reminded yet; returns how many. */
  async remindDue(now = new Date()): Promise<number> {
    return this.tx.run(async (uow) => {
      const [rows]: [Array<{ id: string; twinningId: string }>, number] = await uow.em.query(
        `UPDATE milestone SET "dueRemindedAt" = now()
          WHERE "doneAt" IS NULL AND "dueRemindedAt" IS NULL AND "dueDate" >= $1 AND "dueDate" < $2
        RETURNING "id", "twinningId"`,
        [romeMidnight(now, 1), romeMidnight(now, 2)],
      );
      for (const row of rows) await uow.publish(new MilestoneDueTomorrow(row.id, row.twinningId));
      return rows.length;
    });
  }
}
