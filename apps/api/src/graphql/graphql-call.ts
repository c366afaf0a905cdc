import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RequestContext } from '@app/core';

/** One root field of a GraphQL operation, as the rate-limit guards see it. */
export interface GraphqlCall {
  parentType: string;
  fieldName: string;
  args: Record<string, any>;
  ctx: RequestContext;
  /** Who is counted: the member, or the address of a caller without a token. */
  tracker: string;
}

/** The GraphQL field a guard is asked about, or null outside GraphQL. */
export function graphqlCall(context: ExecutionContext): GraphqlCall | null {
  if (context.getType<string>() !== 'graphql') return null;
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<GraphQLResolveInfo>();
  const ctx = gql.getContext<RequestContext>();
  const tracker = ctx.viewer.memberId ? `member:${ctx.viewer.memberId}` : `ip:${ctx.req?.ip ?? 'unknown'}`;
  return { parentType: info.parentType.name, fieldName: info.fieldName, args: gql.getArgs(), ctx, tracker };
}
