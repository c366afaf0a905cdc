import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  BadUserInputError,
  DomainError,
  MemberStatus,
  type RateLimitedError,
  rateLimitTracker,
  rootLogger,
  TransactionRunner,
  ViewerContext,
  WriteLimits,
} from '@app/core';
import { ReplyInput, ThreadLockedError, ThreadService } from '@app/forum';
import { Outbox } from '@app/mail';
import { MemberService, ViewerService } from '@app/members';
import { ReplyTokens, type ReplyTarget } from '../email/reply-tokens.js';
import { claimReceived, type ReceivedReply, recordPost, wasReceived } from './email-reply.queries.js';
import { REFUSALS, refusedReplyEmail, threadLink } from './email-reply.mail.js';
import { attachmentsOf, isAutomatic, textOf } from './inbound-message.js';
import { replyText } from './reply-text.js';

const logger = rootLogger.child({ module: 'email-reply' });

/** What became of one message at one reply address. */
export type ReplyOutcome = 'posted' | 'refused' | 'duplicate' | 'automatic' | 'unknown';

/**
 * Turns a reply by e-mail into a post of the token's member in the token's thread, answering the
 * token's post, through the forum's own reply path (`ThreadService.replyIn`) with the member's
 * current role and status, and the write limits of GraphQL; a refusal is e-mailed to the member's
 * own address. Each message counts once per reply address, however often it is delivered.
 */
@Injectable()
export class EmailReplyService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: ReplyTokens,
    private readonly viewers: ViewerService,
    private readonly members: MemberService,
    private readonly threads: ThreadService,
    private readonly limits: WriteLimits,
    private readonly outbox: Outbox,
  ) {}

  /** Handles one received message for the reply address of `token` (`messageKey`: see `messageKey`). */
  async receive(token: string, mail: ParsedMail, messageKey: string): Promise<ReplyOutcome> {
    if (isAutomatic(mail)) return 'automatic';
    const reply: ReceivedReply = { token, messageKey };
    const target = await this.tx.run((uow) => this.tokens.resolve(uow, token));
    if (!target) return 'unknown';
    if (await wasReceived(this.dataSource, reply)) return 'duplicate';
    const viewer = await this.viewers.forMember(target.memberId);
    if (!viewer) return 'unknown';

    const text = replyText(await textOf(mail));
    let reason: string | null = (await this.fromMember(mail, target.memberId))
      ? attachmentsOf(mail).length
        ? REFUSALS.attachments
        : text
          ? null
          : REFUSALS.empty
      : REFUSALS.otherSender;
    if (!reason) {
      try {
        return (await this.post(viewer, target, reply, text)) ? 'posted' : 'duplicate';
      } catch (err) {
        reason = refusalReason(err, viewer);
        if (!reason) throw err;
      }
    }
    return (await this.refuse(target, reply, mail, reason, text)) ? 'refused' : 'duplicate';
  }

  /** Whether the message's From is the member's own address (a forwarded notification must not let others post as them). */
  private async fromMember(mail: ParsedMail, memberId: string): Promise<boolean> {
    const from = mail.from?.value.map((a) => a.address?.trim().toLowerCase()).filter(Boolean) ?? [];
    const member = await this.members.get(memberId);
    return !!member && from.length === 1 && from[0] === member.email.toLowerCase();
  }

  /** The reply as `replyToThread` makes it: write limits, the input's validation, then the forum's checks. */
  private async post(viewer: ViewerContext, target: ReplyTarget, reply: ReceivedReply, body: string): Promise<boolean> {
    await this.limits.countWrite(rateLimitTracker(viewer.memberId, undefined));
    await this.limits.countPost(viewer, 'reply');
    const input = plainToInstance(ReplyInput, { threadId: target.threadId, replyToPostId: target.postId, body });
    const fields = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })));
    if (fields.length) throw new BadUserInputError(fields);
    return this.tx.run(async (uow) => {
      if (!(await claimReceived(uow.em, reply))) return false;
      const post = await this.threads.replyIn(uow, viewer, input);
      await recordPost(uow.em, reply, post.id);
      logger.info({ memberId: target.memberId, threadId: target.threadId, postId: post.id }, 'risposta per e-mail pubblicata');
      return true;
    });
  }

  /** Records the refusal and e-mails it to the member's own address, in one transaction. */
  private async refuse(target: ReplyTarget, reply: ReceivedReply, mail: ParsedMail, reason: string, text: string): Promise<boolean> {
    const member = await this.members.get(target.memberId);
    if (!member) return false;
    return this.tx.run(async (uow) => {
      if (!(await claimReceived(uow.em, reply, reason))) return false;
      await this.outbox.add(
        uow,
        refusedReplyEmail({
          to: member.email,
          reason,
          threadUrl: threadLink(this.config.publicUrl, target.threadId),
          subject: mail.subject,
          messageId: mail.messageId,
          text,
        }),
      );
      logger.info({ memberId: target.memberId, threadId: target.threadId, reason }, 'risposta per e-mail rifiutata');
      return true;
    });
  }
}

/** The refusal e-mail's words for what the forum answered; null for a fault (the sender retries later). */
function refusalReason(err: unknown, viewer: ViewerContext): string | null {
  if (!(err instanceof DomainError)) return null;
  switch (err.code) {
    case 'RATE_LIMITED':
      return REFUSALS.rateLimited((err as RateLimitedError).retryAfterSeconds);
    case 'FORBIDDEN':
      if (err instanceof ThreadLockedError) return REFUSALS.locked;
      return viewer.status === MemberStatus.SUSPENDED ? REFUSALS.suspended : err.message;
    case 'NOT_FOUND':
      return REFUSALS.unavailable;
    case 'BAD_USER_INPUT': {
      const { fields } = err as BadUserInputError;
      return fields.some((f) => f.field === 'replyToPostId') ? REFUSALS.hiddenPost : REFUSALS.invalid(fields.map((f) => f.message));
    }
    default:
      return null;
  }
}
