import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JobQueue, rootLogger, TransactionRunner, type UnitOfWork } from '@app/core';
import { excerpt, type MailContent, type MailItem, Outbox, renderEmail } from '@app/mail';
import type { NotificationEntity } from '../notification/notification.entity.js';
import * as queries from './notification-mail.queries.js';
import type { DueNotification } from './notification-mail.queries.js';
import { threadLink } from '../email-reply/email-reply.mail.js';
import { ReplyTokens } from './reply-tokens.js';
import { UnsubscribeLinks } from './unsubscribe.js';

const logger = rootLogger.child({ module: 'notification-mail' });

/** The pg-boss queue whose jobs e-mail the notifications whose delay has passed. */
export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';
/** Members handled per pass of the sweep. */
const MEMBERS_PER_PASS = 50;

/**
 * Notification e-mails. A notification of a type in the member's `emailImmediately` that is still
 * unread `EMAIL_DELAY_SECONDS` after it was created is e-mailed; one read before is not. When a
 * notification is committed a job is booked for the moment it becomes due (one per second of due
 * time), and a sweep runs every minute besides, so a restart loses none.
 *
 * Each member with a due notification is handled in one transaction, under an advisory lock on the
 * member: the member's pending notifications (the due one and any that came after it) are claimed, grouped per thread (one e-mail per thread, with its Reply-To; those
 * without a thread in one more e-mail), written to the outbox and marked decided together, so
 * each is e-mailed at most once, whatever the number of instances.
 */
@Injectable()
export class NotificationMailService implements OnApplicationBootstrap {
  private readonly host: string;
  /** Due seconds (ms since the epoch) this instance booked a sweep for, not yet passed. */
  private readonly booked = new Set<number>();

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly replyTokens: ReplyTokens,
    private readonly unsubscribe: UnsubscribeLinks,
  ) {
    this.host = new URL(config.publicUrl).hostname || 'localhost';
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: NOTIFICATION_MAIL_QUEUE,
      queue: { policy: 'short', retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
      work: { pollingIntervalSeconds: 1 },
      handler: () => this.sweep(),
      cron: '* * * * *',
    });
  }

  /** After the commit of new notifications: a sweep when the last of them becomes due (else the minute's sweep finds them). */
  async notificationsCommitted(rows: NotificationEntity[]): Promise<void> {
    if (!rows.length) return;
    const latest = Math.max(...rows.map((r) => new Date(r.createdAt).getTime()));
    try {
      await this.sweepAt(new Date(latest + this.config.emailDelaySeconds * 1000));
    } catch (err) {
      logger.warn({ err }, "invio delle notifiche per e-mail non prenotato: lo farà il controllo di ogni minuto");
    }
  }

  /** E-mails every member's due notifications that this instance can take. */
  async sweep(): Promise<void> {
    const delay = this.config.emailDelaySeconds;
    const busy: string[] = [];
    while (!this.jobs.isStopping) {
      const members = await this.tx.run(({ em }) => queries.membersWithDueNotifications(em, delay, busy, MEMBERS_PER_PASS));
      if (!members.length) break;
      for (const memberId of members) {
        if (!(await this.mailMember(memberId))) busy.push(memberId);
      }
    }
    const next = await this.tx.run(({ em }) => queries.nextDue(em, delay));
    if (next) await this.sweepAt(next);
  }

  /**
   * Books a sweep at `when`, rounded up to the second. The job's singleton key keeps one per second
   * across instances; the seconds this instance booked are remembered, so a burst of replies costs
   * one booking per second rather than one statement per reply.
   */
  private async sweepAt(when: Date): Promise<void> {
    const due = Math.ceil(when.getTime() / 1000) * 1000;
    if (this.booked.has(due)) return;
    await this.jobs.sendAfter(NOTIFICATION_MAIL_QUEUE, {}, { singletonKey: `at-${due}` }, new Date(due));
    const now = Date.now();
    for (const second of this.booked) if (second < now) this.booked.delete(second);
    this.booked.add(due);
  }

  /** False when another instance holds the member. */
  private async mailMember(memberId: string): Promise<boolean> {
    return this.tx.run(async (uow) => {
      if (!(await queries.lockMember(uow.em, memberId))) return false;
      const due = await queries.claimPending(uow.em, memberId);
      const wanted = due.filter((n) => n.wanted);
      for (const group of groupByThread(wanted)) await this.outbox.add(uow, await this.compose(uow, memberId, group));
      await queries.markChecked(uow.em, due.map((n) => n.id));
      if (wanted.length) logger.debug({ memberId, notifications: wanted.length }, 'notifiche inviate per e-mail');
      return true;
    });
  }

  private async compose(uow: UnitOfWork, memberId: string, group: DueNotification[]): Promise<ReturnType<typeof renderEmail>> {
    const first = group[0];
    const types = [...new Set(group.map((n) => n.type))];
    const unsubscribe = this.unsubscribe.url(memberId, { types });
    const headers: Record<string, string> = {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Notifiche di Buone pratiche <notifiche.${this.host}>`,
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    };
    const items = group.map((n) => this.item(n));
    const content: MailContent = {
      to: first.email,
      subject: '',
      paragraphs: [],
      sections: [{ items }],
      footer: [
        `Riceve questa e-mail perché la notifica non era ancora stata letta. Preferenze: ${this.config.publicUrl}/profilo`,
        `Non ricevere più e-mail come questa: ${unsubscribe}`,
      ],
      headers,
    };
    if (first.threadId) {
      // Every e-mail about a thread refers to the same root message, so mail clients group them.
      const root = `<thread-${first.threadId}@${this.host}>`;
      headers['In-Reply-To'] = root;
      headers.References = root;
      content.subject = `«${first.threadTitle}»`;
      content.paragraphs = [group.length === 1 ? `Una novità nella discussione «${first.threadTitle}».` : `${group.length} novità nella discussione «${first.threadTitle}».`];
      content.action = { label: 'Apri la discussione', url: threadLink(this.config.publicUrl, first.threadId) };
      const lastPost = [...group].reverse().find((n) => n.postId);
      if (lastPost?.postId) {
        headers['Reply-To'] = this.replyTokens.address(await this.replyTokens.issue(uow, memberId, lastPost.postId));
        if (this.config.inboundSmtpPort !== undefined) content.closing = ['Può rispondere direttamente a questa e-mail: la risposta sarà pubblicata nella discussione.'];
      }
    } else {
      content.subject = group.length === 1 ? first.text : `${group.length} nuove notifiche su Buone pratiche`;
      content.paragraphs = [group.length === 1 ? 'Una novità su Buone pratiche.' : `${group.length} novità su Buone pratiche.`];
      content.action = { label: 'Vedi le notifiche', url: `${this.config.publicUrl}/notifiche` };
    }
    content.preheader = first.text;
    return renderEmail(content);
  }

  private item(n: DueNotification): MailItem {
    const base = this.config.publicUrl;
    if (n.threadId) {
      return {
        title: n.text,
        text: n.postBody ? excerpt(n.postBody) : undefined,
        url: `${threadLink(base, n.threadId)}${n.postId ? `#messaggio-${n.postId}` : ''}`,
        linkLabel: 'Leggi',
      };
    }
    if (n.needId) return { title: n.text, url: `${base}/fabbisogni/${n.needId}`, linkLabel: 'Apri il fabbisogno' };
    if (n.practiceSlug) return { title: n.text, url: `${base}/pratiche/${n.practiceSlug}`, linkLabel: 'Apri la buona pratica' };
    if (n.twinningId) return { title: n.text, url: `${base}/gemellaggi/${n.twinningId}`, linkLabel: 'Apri il gemellaggio' };
    return { title: n.text, url: `${base}/notifiche` };
  }
}

/** One group per thread, in order of first notification; those without a thread form one more group. */
function groupByThread(notifications: DueNotification[]): DueNotification[][] {
  const groups = new Map<string, DueNotification[]>();
  for (const n of notifications) {
    const key = n.threadId ?? '';
    const group = groups.get(key);
    if (group) group.push(n);
    else groups.set(key, [n]);
  }
  return [...groups.values()];
}
