import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService, ViewerContext } from '@app/core';
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
    const memberId = this.tokens.verify(token);
    if (!memberId) return ViewerContext.anonymous();
    const member = await viewerFields(this.dataSource, memberId);
    if (!member) return ViewerContext.anonymous();
    return ViewerContext.member(memberId, member.role, member.status, member.joinedAt);
  }
}
