import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, type UnitOfWork } from '@app/core';

/** `reply+<token>@domain`: 24 characters of base64url, 144 random bits. */
export const REPLY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export interface ReplyTarget {
  memberId: string;
  postId: string;
  threadId: string;
}

/**
 * The tokens of the reply addresses of notification e-mails: one per recipient and post,
 * unguessable, kept in `email_reply_token` so that a reply is posted as that member in that
 * post's thread.
 */
@Injectable()
export class ReplyTokens {
  constructor(private readonly config: AppConfig) {}

  /** The member's token for the post, created on first use (inside the e-mail's transaction). */
  async issue(uow: UnitOfWork, memberId: string, postId: string): Promise<string> {
    const [row]: Array<{ token: string }> = await uow.em.query(
      `INSERT INTO email_reply_token ("token", "memberId", "postId") VALUES ($1, $2, $3)
       ON CONFLICT ("memberId", "postId") DO UPDATE SET "memberId" = EXCLUDED."memberId"
       RETURNING "token"`,
      [randomBytes(18).toString('base64url'), memberId, postId],
    );
    return row.token;
  }

  /** The reply address for a token. */
  address(token: string): string {
    return `reply+${token}@${this.config.mailReplyDomain}`;
  }

  /** The token of a reply address `reply+<token>@<mailReplyDomain>`; null for any other address. */
  tokenOf(address: string): string | null {
    const at = address.lastIndexOf('@');
    if (at < 0 || address.slice(at + 1).toLowerCase() !== this.config.mailReplyDomain) return null;
    const local = address.slice(0, at);
    if (!/^reply\+/i.test(local)) return null;
    const token = local.slice('reply+'.length);
    return REPLY_TOKEN_PATTERN.test(token) ? token : null;
  }

  /** Who may reply with this token, and where; null for an unknown token. */
  async resolve(uow: UnitOfWork, token: string): Promise<ReplyTarget | null> {
    if (!REPLY_TOKEN_PATTERN.test(token)) return null;
    const [row]: ReplyTarget[] = await uow.em.query(
      `SELECT rt."memberId", rt."postId", p."threadId" FROM email_reply_token rt JOIN post p ON p."id" = rt."postId" WHERE rt."token" = $1`,
      [token],
    );
    return row ?? null;
  }
}
