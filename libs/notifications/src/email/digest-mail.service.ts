import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JobQueue, MemberStatus, type Role, rootLogger, TransactionRunner, ViewerContext } from '@app/core';
import { excerpt, type MailSection, Outbox, renderEmail } from '@app/mail';
import { type DigestData, DigestService } from '../digest/digest.service.js';
import { DigestFrequency } from '../notifications.enums.js';
import { DEFAULT_DIGEST } from './notification-settings.model.js';
import { UnsubscribeLinks } from './unsubscribe.js';

const logger = rootLogger.child({ module: 'digest-mail' });

const DAY_MS = 24 * 3600 * 1000;
/** The period a digest covers when the member never had one. */
const PERIOD_MS: Record<Exclude<DigestFrequency, DigestFrequency.NEVER>, number> = {
  [DigestFrequency.DAILY]: DAY_MS,
  [DigestFrequency.WEEKLY]: 7 * DAY_MS,
};
/** 07:00 Europe/Rome, every day or on Mondays. */
const SCHEDULES = [
  { name: 'digest-daily', frequency: DigestFrequency.DAILY, cron: '0 7 * * *' },
  { name: 'digest-weekly', frequency: DigestFrequency.WEEKLY, cron: '0 7 * * 1' },
] as const;
/** Members read per page of the run. */
const PAGE = 200;

interface Recipient {
  id: string;
  email: string;
  role: Role;
  lastDigestAt: Date | null;
}

export interface DigestRun {
  sent: number;
  empty: number;
}

/**
 * Digest e-mails: at 07:00 Europe/Rome, every day for DAILY members and on Mondays for WEEKLY ones
 * (the default), what happened since their last digest in what they follow, the same data as the
 * `digest` query. Nothing is sent when there is nothing new. Each member is handled in one
 * transaction under an advisory lock that also moves `lastDigestAt`, so a run that overlaps
 * another (the schedule and `npm run digest:send`) never sends a period twice.
 */
@Injectable()
export class DigestMailService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly digests: DigestService,
    private readonly unsubscribe: UnsubscribeLinks,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { name, frequency, cron } of SCHEDULES) {
      await this.jobs.register({
        name,
        queue: { policy: 'short', retryLimit: 2, retryDelay: 60, expireInSeconds: 3600 },
        handler: async () => {
          const run = await this.send(frequency);
          logger.info({ frequency, ...run }, `riepiloghi ${frequency === DigestFrequency.DAILY ? 'giornalieri' : 'settimanali'}: ${run.sent} inviati`);
        },
        cron,
      });
    }
  }

  /** Sends the digests of one frequency now. */
  async send(frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY): Promise<DigestRun> {
    const run: DigestRun = { sent: 0, empty: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page: Recipient[] = await this.tx.run(({ em }) =>
        em.query(
          `SELECT m."id", m."email", m."role", s."lastDigestAt" FROM member m
             LEFT JOIN notification_settings s ON s."memberId" = m."id"
            WHERE m."status" = $1 AND COALESCE(s."digest", $2) = $3 AND m."id" > $4
            ORDER BY m."id" LIMIT $5`,
          [MemberStatus.ACTIVE, DEFAULT_DIGEST, frequency, after, PAGE],
        ),
      );
      for (const member of page) {
        const outcome = await this.sendOne(member, frequency);
        if (outcome === 'sent') run.sent++;
        else if (outcome === 'empty') run.empty++;
      }
      if (page.length < PAGE || this.jobs.isStopping) return run;
      after = page[page.length - 1].id;
    }
  }

  private async sendOne(member: Recipient, frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY): Promise<'sent' | 'empty' | 'busy'> {
    return this.tx.run(async (uow) => {
      const [{ locked }] = await uow.em.query(`SELECT pg_try_advisory_xact_lock(hashtext('digest-mail:' || $1)) AS "locked"`, [member.id]);
      if (!locked) return 'busy';
      // Read again under the lock: another run may have just sent this member's digest.
      const [settings]: Array<{ lastDigestAt: Date | null }> = await uow.em.query(
        `SELECT "lastDigestAt" FROM notification_settings WHERE "memberId" = $1`,
        [member.id],
      );
      const now = new Date();
      const since = settings?.lastDigestAt ? new Date(settings.lastDigestAt) : new Date(now.getTime() - PERIOD_MS[frequency]);
      const viewer = ViewerContext.member(member.id, member.role, MemberStatus.ACTIVE);
      const data = await this.digests.digest(viewer, since);
      const sections = this.sections(data);
      if (sections.length) await this.outbox.add(uow, this.compose(member, frequency, sections));
      await uow.em.query(
        `INSERT INTO notification_settings ("memberId", "lastDigestAt") VALUES ($1, $2)
         ON CONFLICT ("memberId") DO UPDATE SET "lastDigestAt" = EXCLUDED."lastDigestAt"`,
        [member.id, now],
      );
      return sections.length ? 'sent' : 'empty';
    });
  }

  private sections(data: DigestData): MailSection[] {
    const base = this.config.publicUrl;
    const thread = (t: { id: string; title: string }) => ({ title: t.title, url: `${base}/discussioni/${t.id}`, linkLabel: 'Apri la discussione' });
    const practice = (p: { slug: string; title: string; summary: string }) => ({
      title: p.title,
      text: excerpt(p.summary, 200),
      url: `${base}/pratiche/${p.slug}`,
      linkLabel: 'Apri la buona pratica',
    });
    const sections: MailSection[] = [
      { title: 'Nuove discussioni', items: data.newThreads.map(thread) },
      { title: 'Discussioni seguite con nuovi messaggi', items: data.activeThreads.map(thread) },
      { title: 'Nuove buone pratiche', items: data.newPractices.map(practice) },
      { title: 'Buone pratiche aggiornate', items: data.updatedPractices.map(practice) },
      {
        title: 'Messaggi segnalati come utili',
        items: data.usefulPosts.map((p) => ({ title: excerpt(p.body, 120), url: `${base}/discussioni/${p.threadId}#messaggio-${p.id}`, linkLabel: 'Leggi' })),
      },
    ];
    return sections.filter((s) => s.items.length);
  }

  private compose(member: Recipient, frequency: DigestFrequency, sections: MailSection[]) {
    const daily = frequency === DigestFrequency.DAILY;
    const unsubscribe = this.unsubscribe.url(member.id, { digest: true });
    const count = sections.reduce((n, s) => n + s.items.length, 0);
    return renderEmail({
      to: member.email,
      subject: daily ? 'Il riepilogo di oggi su Buone pratiche' : 'Il riepilogo della settimana su Buone pratiche',
      preheader: `${count} novità in ciò che segue`,
      paragraphs: [`Buongiorno, ecco le novità ${daily ? 'dell’ultimo giorno' : 'dell’ultima settimana'} in ciò che segue su Buone pratiche.`],
      sections,
      action: { label: 'Apri Buone pratiche', url: `${this.config.publicUrl}/` },
      footer: [
        `Riceve questo riepilogo ${daily ? 'ogni giorno' : 'ogni lunedì'}. Preferenze: ${this.config.publicUrl}/profilo`,
        `Non ricevere più il riepilogo: ${unsubscribe}`,
      ],
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'List-Id': `Riepilogo di Buone pratiche <riepilogo.${new URL(this.config.publicUrl).hostname || 'localhost'}>`,
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
    });
  }
}
