import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { type PostKind, WriteLimits } from '@app/core';
import { graphqlCall } from './graphql-call.js';

/** Sign-in has its own limiter (failed attempts per e-mail and per address). */
const UNTHROTTLED_MUTATIONS = new Set(['login', 'register']);
const POSTING_MUTATIONS: Record<string, PostKind> = { createThread: 'thread', replyToThread: 'reply' };

/**
 * Writes per member per window (RATE_LIMIT_WRITES) and, with RATE_LIMIT_DISCOURSE_POSTS, the
 * posting rules: core's WriteLimits, which replies by e-mail count against too.
 * Anonymous callers are counted by address.
 */
@Injectable()
export class WriteThrottlerGuard implements CanActivate {
  constructor(private readonly limits: WriteLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const call = graphqlCall(context);
    if (!call || call.parentType !== 'Mutation' || UNTHROTTLED_MUTATIONS.has(call.fieldName)) return true;
    await this.limits.countWrite(call.tracker);
    const kind = POSTING_MUTATIONS[call.fieldName];
    if (kind) await this.limits.countPost(call.ctx.viewer, kind);
    return true;
  }
}
