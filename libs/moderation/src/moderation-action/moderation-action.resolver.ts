import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { ModerationAction, ModerationActionConnection, toModerationAction } from './moderation-action.model.js';
import { ModerationActionService } from './moderation-action.service.js';
import { ModerationLogArgs } from './dto/moderation-log.args.js';

@Resolver(() => ModerationAction)
export class ModerationActionResolver {
  constructor(
    private readonly actions: ModerationActionService,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => ModerationActionConnection, { description: 'moderatori; dalla più recente, filtrabile per azione, moderatore e periodo' })
  async moderationLog(@Viewer() viewer: ViewerContext, @Args() args: ModerationLogArgs) {
    const { action, moderatorId, since, until, ...page } = args;
    const result = await this.actions.list(viewer, { action, moderatorId, since, until }, page);
    return { ...result, nodes: result.nodes.map(toModerationAction) };
  }

  @ResolveField(() => Member)
  async moderator(@Parent() action: ModerationAction, @Ctx() ctx: RequestContext): Promise<Member> {
    const member = await this.members.for(ctx).memberById.load(action.moderatorId);
    return toMember(member!);
  }
}
