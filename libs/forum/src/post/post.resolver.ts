import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, loadFound, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { Thread, toThread } from '../thread/thread.model.js';
import { EditPostInput } from './dto/edit-post.input.js';
import { Post, toPost } from './post.model.js';
import { PostService } from './post.service.js';

@Resolver(() => Post)
export class PostResolver {
  constructor(
    private readonly service: PostService,
    private readonly loaders: ForumLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => Post, { nullable: true })
  async post(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Post> {
    return toPost(await this.service.getVisible(viewer, id));
  }

  @Mutation(() => Post, { description: "autore o moderatore; versione non più attuale: CONFLICT" })
  async editPost(@Viewer() viewer: ViewerContext, @Args('input') input: EditPostInput): Promise<Post> {
    return toPost(await this.service.edit(viewer, input));
  }

  @Mutation(() => Post)
  async markPostUseful(
    @Viewer() viewer: ViewerContext,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('useful') useful: boolean,
  ): Promise<Post> {
    return toPost(await this.service.markUseful(viewer, postId, useful));
  }

  @ResolveField(() => Thread)
  async thread(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Thread> {
    return toThread((await this.loaders.for(ctx).threadById.load(post.threadId))!);
  }

  @ResolveField(() => Member)
  async author(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(post.authorId))!);
  }

  @ResolveField(() => Post, { nullable: true })
  async replyTo(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Post | null> {
    if (!post.replyToId) return null;
    const found = await this.loaders.for(ctx).postById.load(post.replyToId);
    return found && toPost(found);
  }

  @ResolveField(() => [Member], { description: 'membri citati come @nome nel testo' })
  async mentions(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<Member[]> {
    if (!post.mentionedIds.length) return [];
    return (await loadFound(this.members.for(ctx).memberById, post.mentionedIds)).map(toMember);
  }

  @ResolveField(() => Boolean)
  viewerFoundUseful(@Parent() post: Post, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.loaders.for(ctx).viewerFoundUseful.load(post.id);
  }
}
