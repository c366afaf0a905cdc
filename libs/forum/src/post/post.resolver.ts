import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loadNow, mapNow, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, memberFor, MembersLoadersFactory, membersFor } from '@app/members';
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
  thread(post: Post, _: unknown, ctx: RequestContext): Thread | Promise<Thread> {
    return mapNow(loadNow(this.loaders.for(ctx).threadById, post.threadId), (t) => toThread(t!));
  }

  @ResolveField(() => Member)
  author(post: Post, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Member | Promise<Member> {
    return memberFor(this.members.for(ctx), post.authorId, info);
  }

  @ResolveField(() => Post, { nullable: true })
  replyTo(post: Post, _: unknown, ctx: RequestContext): Post | null | Promise<Post | null> {
    if (!post.replyToId) return null;
    return mapNow(loadNow(this.loaders.for(ctx).postById, post.replyToId), (found) => found && toPost(found));
  }

  @ResolveField(() => [Member], { description: 'membri citati come @nome nel testo' })
  mentions(post: Post, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Member[] | Promise<Member[]> {
    if (!post.mentionedIds.length) return [];
    return membersFor(this.members.for(ctx), post.mentionedIds, info);
  }

  @ResolveField(() => Boolean)
  viewerFoundUseful(post: Post, _: unknown, ctx: RequestContext): boolean | Promise<boolean> {
    return loadNow(this.loaders.for(ctx).viewerFoundUseful, post.id);
  }
}
