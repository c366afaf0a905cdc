import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, lazy, loadNow, mapNow, PageArgsInput, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, memberFor, MembersLoadersFactory } from '@app/members';
import { Category, toCategory } from '../category/category.model.js';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { Post, PostConnection, toPost } from '../post/post.model.js';
import { ReplyInput } from '../post/dto/reply.input.js';
import { CreateThreadInput } from './dto/create-thread.input.js';
import { ThreadsArgs } from './dto/threads.args.js';
import { Thread, ThreadConnection, toThread } from './thread.model.js';
import { ThreadService } from './thread.service.js';

@Resolver(() => Thread)
export class ThreadResolver {
  constructor(
    private readonly service: ThreadService,
    private readonly loaders: ForumLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => Thread, { nullable: true })
  async thread(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    return toThread(await this.service.getForPage(ctx, id));
  }

  @Query(() => ThreadConnection)
  async threads(@Viewer() viewer: ViewerContext, @Args() args: ThreadsArgs) {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toThread) };
  }

  @Mutation(() => Thread)
  async createThread(@Viewer() viewer: ViewerContext, @Args('input') input: CreateThreadInput): Promise<Thread> {
    return toThread(await this.service.create(viewer, input));
  }

  @Mutation(() => Post, { description: 'discussione chiusa (LOCKED): FORBIDDEN' })
  async replyToThread(@Viewer() viewer: ViewerContext, @Args('input') input: ReplyInput): Promise<Post> {
    return toPost(await this.service.reply(viewer, input));
  }

  @Mutation(() => Thread, { description: "autore della discussione o moderatore; null toglie la soluzione" })
  async markSolution(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('postId', { type: () => ID, nullable: true }) postId?: string | null,
  ): Promise<Thread> {
    return toThread(await this.service.markSolution(viewer, threadId, postId));
  }

  @ResolveField(() => Category)
  category(thread: Thread, _: unknown, ctx: RequestContext): Category | Promise<Category> {
    return mapNow(loadNow(this.loaders.for(ctx).categoryById, thread.categoryId), (c) => toCategory(c!));
  }

  @ResolveField(() => Member)
  author(thread: Thread, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Member | Promise<Member> {
    return memberFor(this.members.for(ctx), thread.authorId, info);
  }

  @ResolveField(() => Int)
  postCount(thread: Thread, _: unknown, ctx: RequestContext): number | Promise<number> {
    return loadNow(this.loaders.for(ctx).postCountByThread, thread.id);
  }

  @ResolveField(() => PostConnection, { description: 'dal più vecchio; il messaggio di apertura è il primo' })
  async posts(@Parent() thread: Thread, @Args() args: PageArgsInput, @Ctx() ctx: RequestContext) {
    const page = await this.loaders.for(ctx).postsByThread(args).load(thread.id);
    return {
      nodes: page.nodes.map(toPost),
      pageInfo: page.pageInfo,
      totalCount: lazy(() => this.loaders.for(ctx).postCountByThread.load(thread.id)),
    };
  }

  @ResolveField(() => Post, { nullable: true })
  solution(thread: Thread, _: unknown, ctx: RequestContext): Post | null | Promise<Post | null> {
    if (!thread.solutionPostId) return null;
    return mapNow(loadNow(this.loaders.for(ctx).postById, thread.solutionPostId), (post) => post && toPost(post));
  }
}
