import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Member } from '@app/members';
import { ForumLoadersFactory } from './forum.loaders.js';

/** The forum's fields on the members lib's Member type. */
@Resolver(() => Member)
export class MemberForumFieldsResolver {
  constructor(private readonly loaders: ForumLoadersFactory) {}

  @ResolveField(() => Int, { description: 'discussioni aperte, visibili a chi legge' })
  threadCount(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).threadCountByMember.load(member.id);
  }

  @ResolveField(() => Int, { description: 'messaggi scritti, visibili a chi legge' })
  postCount(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).postCountByMember.load(member.id);
  }
}
