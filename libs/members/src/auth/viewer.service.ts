import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MemberStatus, Role, TokenService, ViewerContext } from '@app/core';

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
    const memberId = this.tokens.verify(token);
    if (!memberId) return ViewerContext.anonymous();
    const rows: Array<{ role: Role; status: MemberStatus; joinedAt: Date }> = await this.dataSource.query(
      'SELECT "role", "status", "joinedAt" FROM member WHERE "id" = $1',
      [memberId],
    );
    if (!rows.length) return ViewerContext.anonymous();
    return ViewerContext.member(memberId, rows[0].role, rows[0].status, rows[0].joinedAt);
  }
}
