import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, PageArgsInput, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MemberLoaders, toMember } from '@app/members';
import { ModerationAction, ModerationActionConnection, toModerationAction } from './moderation-action.model.js';
import { ModerationActionService } from './moderation-action.service.js';

@Resolver(() => ModerationAction)
export class ModerationActionResolver {
  constructor(
    private readonly actions: ModerationActionService,
    private readonly members: MemberLoaders,
  ) {}

  @Query(() => ModerationActionConnection, { description: 'moderatori' })
  async moderationLog(@Viewer() viewer: ViewerContext, @Args() args: PageArgsInput) {
    const page = await this.actions.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toModerationAction) };
  }

  @ResolveField(() => Member)
  async moderator(@Parent() action: ModerationAction, @Ctx() ctx: RequestContext): Promise<Member> {
    const member = await this.members.memberById(ctx).load(action.moderatorId);
    return toMember(member!);
  }
}
