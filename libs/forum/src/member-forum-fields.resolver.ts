import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Member } from '@app/members';
import { PostLoaders } from './post/post.loader.js';
import { ThreadLoaders } from './thread/thread.loader.js';

/** The forum's fields on the members lib's Member type. */
@Resolver(() => Member)
export class MemberForumFieldsResolver {
  constructor(
    private readonly threads: ThreadLoaders,
    private readonly posts: PostLoaders,
  ) {}

  @ResolveField(() => Int, { description: 'discussioni aperte, visibili a chi legge' })
  threadCount(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<number> {
    return this.threads.threadCountByMember(ctx).load(member.id);
  }

  @ResolveField(() => Int, { description: 'messaggi scritti, visibili a chi legge' })
  postCount(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<number> {
    return this.posts.postCountByMember(ctx).load(member.id);
  }
}
