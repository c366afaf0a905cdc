import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { ForumLoadersFactory, Thread, toThread } from '@app/forum';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { toTwinning, Twinning } from '@app/practices';
import { TwinningCall, toTwinningCall } from '../call/call.model.js';
import { Event, toEvent } from '../event/event.model.js';
import { TwinningRole } from '../workspace.enums.js';
import { WorkspaceLoadersFactory } from '../workspace.loaders.js';
import { BudgetLine, Milestone, toBudgetLine, toMilestone, toTwinningParticipant, TwinningParticipant } from './plan.model.js';
import { TwinningPlanService } from './plan.service.js';

/** The workspace's fields of Twinning and the mutations of its plan. */
@Resolver(() => Twinning)
export class TwinningWorkspaceResolver {
  constructor(
    private readonly plan: TwinningPlanService,
    private readonly loaders: WorkspaceLoadersFactory,
    private readonly forum: ForumLoadersFactory,
  ) {}

  @Mutation(() => Twinning)
  async setTwinningParticipant(
    @Viewer() viewer: ViewerContext,
    @Args('twinningId', { type: () => ID }) twinningId: string,
    @Args('administrationId', { type: () => ID }) administrationId: string,
    @Args('role', { type: () => TwinningRole }) role: TwinningRole,
    @Args('contactId', { type: () => ID, nullable: true }) contactId?: string | null,
  ): Promise<Twinning> {
    return toTwinning(await this.plan.setParticipant(viewer, twinningId, administrationId, role, contactId));
  }

  @Mutation(() => Twinning)
  async removeTwinningParticipant(
    @Viewer() viewer: ViewerContext,
    @Args('twinningId', { type: () => ID }) twinningId: string,
    @Args('administrationId', { type: () => ID }) administrationId: string,
  ): Promise<Twinning> {
    return toTwinning(await this.plan.removeParticipant(viewer, twinningId, administrationId));
  }

  @Mutation(() => Twinning)
  async addMilestone(
    @Viewer() viewer: ViewerContext,
    @Args('twinningId', { type: () => ID }) twinningId: string,
    @Args('title') title: string,
    @Args('dueDate', { type: () => Date, nullable: true }) dueDate?: Date | null,
  ): Promise<Twinning> {
    return toTwinning(await this.plan.addMilestone(viewer, twinningId, title, dueDate));
  }

  @Mutation(() => Twinning)
  async completeMilestone(
    @Viewer() viewer: ViewerContext,
    @Args('milestoneId', { type: () => ID }) milestoneId: string,
    @Args('done') done: boolean,
  ): Promise<Twinning> {
    return toTwinning(await this.plan.completeMilestone(viewer, milestoneId, done));
  }

  @Mutation(() => Twinning)
  async setBudgetLine(
    @Viewer() viewer: ViewerContext,
    @Args('twinningId', { type: () => ID }) twinningId: string,
    @Args('label') label: string,
    @Args('plannedEuro', { type: () => Int }) plannedEuro: number,
    @Args('spentEuro', { type: () => Int }) spentEuro: number,
  ): Promise<Twinning> {
    return toTwinning(await this.plan.setBudgetLine(viewer, twinningId, label, plannedEuro, spentEuro));
  }

  @ResolveField(() => [TwinningParticipant])
  async participants(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<TwinningParticipant[]> {
    return (await this.loaders.for(ctx).participantsByTwinning.load(twinning.id)).map(toTwinningParticipant);
  }

  @ResolveField(() => TwinningCall, { nullable: true })
  async call(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<TwinningCall | null> {
    const call = await this.loaders.for(ctx).callByTwinning.load(twinning.id);
    return call && toTwinningCall(call);
  }

  @ResolveField(() => [Milestone])
  async milestones(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Milestone[]> {
    return (await this.loaders.for(ctx).milestonesByTwinning.load(twinning.id)).map(toMilestone);
  }

  @ResolveField(() => [BudgetLine])
  async budgetLines(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<BudgetLine[]> {
    return (await this.loaders.for(ctx).budgetLinesByTwinning.load(twinning.id)).map(toBudgetLine);
  }

  @ResolveField(() => [Event])
  async events(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return (await this.loaders.for(ctx).eventsByTwinning.load(twinning.id)).map(toEvent);
  }

  @ResolveField(() => Thread, { nullable: true })
  async thread(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Thread | null> {
    const threadId = await this.loaders.for(ctx).threadIdByTwinning.load(twinning.id);
    if (!threadId) return null;
    const thread = await this.forum.for(ctx).threadById.load(threadId);
    return thread && toThread(thread);
  }
}

@Resolver(() => TwinningParticipant)
export class TwinningParticipantResolver {
  constructor(private readonly members: MembersLoadersFactory) {}

  @ResolveField(() => Administration)
  async administration(@Parent() participant: TwinningParticipant, @Ctx() ctx: RequestContext): Promise<Administration> {
    return toAdministration((await this.members.for(ctx).administrationById.load(participant.administrationId))!);
  }

  @ResolveField(() => Member, { nullable: true })
  async contact(@Parent() participant: TwinningParticipant, @Ctx() ctx: RequestContext): Promise<Member | null> {
    if (!participant.contactId) return null;
    const member = await this.members.for(ctx).memberById.load(participant.contactId);
    return member && toMember(member);
  }
}
