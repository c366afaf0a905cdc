import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, PageArgsInput, RequestContext, Viewer, ViewerContext } from '@app/core';
import { ForumLoadersFactory, Post, toPost } from '@app/forum';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { FlagPostArgs, ResolveFlagArgs } from './dto/flag-post.args.js';
import { Flag, FlagConnection, toFlag } from './flag.model.js';
import { FlagService } from './flag.service.js';

@Resolver(() => Flag)
export class FlagResolver {
  constructor(
    private readonly flags: FlagService,
    private readonly forum: ForumLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => FlagConnection, { description: 'moderatori: segnalazioni aperte, dalla più vecchia' })
  async moderationQueue(@Viewer() viewer: ViewerContext, @Args() args: PageArgsInput) {
    const page = await this.flags.queue(viewer, args);
    return { ...page, nodes: page.nodes.map(toFlag) };
  }

  @Mutation(() => Flag)
  async flagPost(@Viewer() viewer: ViewerContext, @Args() args: FlagPostArgs): Promise<Flag> {
    return toFlag(await this.flags.flag(viewer, args.postId, args.reason));
  }

  @Mutation(() => Flag, { description: 'moderatori' })
  async resolveFlag(@Viewer() viewer: ViewerContext, @Args() args: ResolveFlagArgs): Promise<Flag> {
    return toFlag(await this.flags.resolve(viewer, args.flagId, args.resolution, args.note));
  }

  @ResolveField(() => Post)
  async post(@Parent() flag: Flag, @Ctx() ctx: RequestContext): Promise<Post> {
    return toPost((await this.forum.for(ctx).postById.load(flag.postId))!);
  }

  @ResolveField(() => Member)
  async reporter(@Parent() flag: Flag, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(flag.reporterId))!);
  }

  @ResolveField(() => Member, { nullable: true })
  async resolvedBy(@Parent() flag: Flag, @Ctx() ctx: RequestContext): Promise<Member | null> {
    if (!flag.resolvedById) return null;
    const member = await this.members.for(ctx).memberById.load(flag.resolvedById);
    return member && toMember(member);
  }
}
