import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, lazy, PageArgsInput, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MemberLoaders, toMember } from '@app/members';
import { CategoryLoaders } from '../category/category.loader.js';
import { Category, toCategory } from '../category/category.model.js';
import { PostLoaders } from '../post/post.loader.js';
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
    private readonly categories: CategoryLoaders,
    private readonly postLoaders: PostLoaders,
    private readonly members: MemberLoaders,
  ) {}

  @Query(() => Thread, { nullable: true })
  async thread(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Thread> {
    const found = await this.service.getVisibleWithRelations(viewer, id);
    // The page's category, author and count come with the thread: their loaders need no query.
    if (found.category) this.categories.categoryById(ctx).prime(found.category.id, found.category);
    if (found.author) this.members.memberById(ctx).prime(found.author.id, found.author);
    if (found.administration) this.members.administrationById(ctx).prime(found.administration.id, found.administration);
    this.postLoaders.postCountByThread(ctx).prime(found.thread.id, found.postCount);
    return toThread(found.thread);
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
  async category(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Category> {
    return toCategory((await this.categories.categoryById(ctx).load(thread.categoryId))!);
  }

  @ResolveField(() => Member)
  async author(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.memberById(ctx).load(thread.authorId))!);
  }

  @ResolveField(() => Int)
  postCount(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<number> {
    return this.postLoaders.postCountByThread(ctx).load(thread.id);
  }

  @ResolveField(() => PostConnection, { description: 'dal più vecchio; il messaggio di apertura è il primo' })
  async posts(@Parent() thread: Thread, @Args() args: PageArgsInput, @Ctx() ctx: RequestContext) {
    const page = await this.postLoaders.postsByThread(ctx, args).load(thread.id);
    return {
      nodes: page.nodes.map(toPost),
      pageInfo: page.pageInfo,
      totalCount: lazy(() => this.postLoaders.postCountByThread(ctx).load(thread.id)),
    };
  }

  @ResolveField(() => Post, { nullable: true })
  async solution(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Post | null> {
    if (!thread.solutionPostId) return null;
    const post = await this.postLoaders.postById(ctx).load(thread.solutionPostId);
    return post && toPost(post);
  }
}
