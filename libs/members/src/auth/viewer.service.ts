import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { prepared, TokenService, type VerifiedToken, ViewerContext } from '@app/core';
import { viewerFields } from '../member/member.queries.js';

/** Turns a bearer token into the request's ViewerContext, reading the member's current role and status. */
@Injectable()
export class ViewerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async fromAuthorization(header: string | undefined | null): Promise<ViewerContext> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    return this.fromToken(token);
  }

  async fromToken(token: string | null | undefined): Promise<ViewerContext> {
    const verified = this.tokens.verifyWithVersion(token);
    return verified ? this.ofVerifiedToken(verified) : ViewerContext.anonymous();
  }

  /**
   * The viewer a verified token names now, with the member's current role and status (a socket
   * asks again later, from what it kept of its token).
   */
  async ofVerifiedToken({ memberId, version }: VerifiedToken): Promise<ViewerContext> {
    // Every authenticated request reads it: a prepared statement, planned once per connection.
    const member = await viewerFields(prepared(this.dataSource), memberId);
    // A token signed before the member's last password change no longer names anybody.
    if (!member || member.tokenVersion !== version) return ViewerContext.anonymous();
    return ViewerContext.member(memberId, member.role, member.status, member.joinedAt);
  }

  /**
   * The viewer a member is now, from their current role and status, for writes that arrive
   * without a token (a reply by e-mail); null when the member no longer exists.
   */
  async forMember(memberId: string): Promise<ViewerContext | null> {
    const member = await viewerFields(this.dataSource, memberId);
    return member && ViewerContext.member(memberId, member.role, member.status, member.joinedAt);
  }
}
