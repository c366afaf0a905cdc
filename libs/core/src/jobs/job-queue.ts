import { AsyncLocalStorage } from 'node:async_hooks';
import { BeforeApplicationShutdown, Injectable, OnModuleInit } from '@nestjs/common';
import { PgBoss, type Queue, type ScheduleOptions, type SendOptions, type WorkOptions } from 'pg-boss';
import { AppConfig } from '../config/app-config.js';
import { rootLogger } from '../logging/logger.js';

const logger = rootLogger.child({ module: 'jobs' });

/** Time zone of every schedule: the community lives on Italian time. */
export const SCHEDULE_TIME_ZONE = 'Europe/Rome';

const jobContext = new AsyncLocalStorage<string>();

/**
 * The name of the job the calling code runs for, or undefined inside a request: work a job starts
 * (its statements, its promises) stays in its context whenever it runs, so the statements of a
 * request can be told from those of a schedule that fires meanwhile.
 */
export function runningJob(): string | undefined {
  return jobContext.getStore();
}

/** What a lib registers: a queue, the handler of its jobs and, optionally, a schedule. */
export interface JobDefinition {
  name: string;
  handler: (data: Record<string, unknown>) => Promise<void>;
  queue?: Omit<Queue, 'name'>;
  work?: WorkOptions;
  /** Cron expression in Europe/Rome; one job per tick across every instance. */
  cron?: string;
  schedule?: Omit<ScheduleOptions, 'tz'>;
}

/**
 * The one job engine of the application: pg-boss, in its own `pgboss` schema of the application's
 * database, so it needs no other server and several instances share the work (`SKIP LOCKED`).
 * Libs register their jobs in `onApplicationBootstrap` (the engine is started in `onModuleInit`),
 * and send them with `send`/`sendAfter`; schedules fire once per tick across instances.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private boss: PgBoss | null = null;
  private stopping = false;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: 'pgboss',
      application_name: 'buone-pratiche-jobs',
      max: 4,
      registerInstance: false,
      persistWarnings: false,
      openTelemetry: { enabled: false },
    });
    boss.on('error', (err) => {
      if (!this.stopping) logger.error({ err }, 'pg-boss: errore');
    });
    await boss.start();
    this.boss = boss;
  }

  /** Before the database and the transports close: running jobs finish, no new one starts. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, close: true, timeout: 10_000 });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Creates the queue (idempotent), starts this instance's worker and books its schedule. */
  async register(job: JobDefinition): Promise<void> {
    const boss = this.requireBoss();
    await boss.createQueue(job.name, job.queue ?? {});
    await boss.work(job.name, job.work ?? {}, async (jobs) => {
      for (const { data } of jobs) await jobContext.run(job.name, () => job.handler((data ?? {}) as Record<string, unknown>));
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { singletonKey: 'cron', ...job.schedule, tz: SCHEDULE_TIME_ZONE });
  }

  /** Queues a job now; null when a job with the same singleton key is already waiting. */
  async send(name: string, data: object = {}, options: SendOptions = {}): Promise<string | null> {
    if (!this.boss || this.stopping) return null;
    return this.boss.send(name, data, options);
  }

  /** Queues a job to start at `when`. */
  async sendAfter(name: string, data: object, options: SendOptions, when: Date): Promise<string | null> {
    if (!this.boss || this.stopping) return null;
    return this.boss.sendAfter(name, data, options, when);
  }

  private requireBoss(): PgBoss {
    if (!this.boss) throw new Error('job engine not started');
    return this.boss;
  }
}
