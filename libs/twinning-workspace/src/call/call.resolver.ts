import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { Practice, PracticesLoadersFactory, toPractice, toTwinning, Twinning } from '@app/practices';
import { NotificationsLoadersFactory } from '@app/notifications';
import { WorkspaceLoadersFactory } from '../workspace.loaders.js';
import {
  CriterionScore,
  SelectionCriterion,
  toCriterionScore,
  toSelectionCriterion,
  toTwinningApplication,
  toTwinningCall,
  TwinningApplication,
  TwinningCall,
  TwinningCallConnection,
} from './call.model.js';
import { TwinningCallService } from './call.service.js';
import { ApplyToCallInput, OpenTwinningCallInput, ScoreApplicationInput, TwinningCallsArgs } from './dto/call.inputs.js';
import { weightedTotal } from './ranking.js';

@Resolver(() => TwinningCall)
export class TwinningCallResolver {
  constructor(
    private readonly service: TwinningCallService,
    private readonly loaders: WorkspaceLoadersFactory,
    private readonly practices: PracticesLoadersFactory,
    private readonly notifications: NotificationsLoadersFactory,
  ) {}

  @Query(() => TwinningCall, { nullable: true })
  async twinningCall(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<TwinningCall> {
    return toTwinningCall(await this.service.get(viewer, id));
  }

  @Query(() => TwinningCallConnection)
  async twinningCalls(@Viewer() viewer: ViewerContext, @Args() args: TwinningCallsArgs) {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toTwinningCall) };
  }

  @Mutation(() => TwinningCall)
  async openTwinningCall(@Viewer() viewer: ViewerContext, @Args('input') input: OpenTwinningCallInput): Promise<TwinningCall> {
    return toTwinningCall(await this.service.open(viewer, input));
  }

  @Mutation(() => TwinningApplication)
  async applyToCall(@Viewer() viewer: ViewerContext, @Args('input') input: ApplyToCallInput): Promise<TwinningApplication> {
    return toTwinningApplication(await this.service.apply(viewer, input));
  }

  @Mutation(() => TwinningApplication)
  async scoreApplication(@Viewer() viewer: ViewerContext, @Args('input') input: ScoreApplicationInput): Promise<TwinningApplication> {
    return toTwinningApplication(await this.service.score(viewer, input));
  }

  @Mutation(() => TwinningCall)
  async awardCall(@Viewer() viewer: ViewerContext, @Args('callId', { type: () => ID }) callId: string): Promise<TwinningCall> {
    return toTwinningCall(await this.service.award(viewer, callId));
  }

  @ResolveField(() => Practice)
  async practice(@Parent() call: TwinningCall, @Ctx() ctx: RequestContext): Promise<Practice> {
    return toPractice((await this.practices.for(ctx).practiceById.load(call.practiceId))!);
  }

  @ResolveField(() => [SelectionCriterion])
  async criteria(@Parent() call: TwinningCall, @Ctx() ctx: RequestContext): Promise<SelectionCriterion[]> {
    return (await this.loaders.for(ctx).criteriaByCall.load(call.id)).map(toSelectionCriterion);
  }

  @ResolveField(() => [TwinningApplication])
  async applications(@Parent() call: TwinningCall, @Ctx() ctx: RequestContext): Promise<TwinningApplication[]> {
    return (await this.loaders.for(ctx).applicationsByCall.load(call.id)).map(toTwinningApplication);
  }

  @ResolveField(() => Twinning, { nullable: true })
  async twinning(@Parent() call: TwinningCall, @Ctx() ctx: RequestContext): Promise<Twinning | null> {
    if (!call.twinningId) return null;
    const twinning = await this.notifications.for(ctx).twinningById.load(call.twinningId);
    return twinning && toTwinning(twinning);
  }
}

@Resolver(() => TwinningApplication)
export class TwinningApplicationResolver {
  constructor(
    private readonly loaders: WorkspaceLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @ResolveField(() => TwinningCall)
  async call(@Parent() application: TwinningApplication, @Ctx() ctx: RequestContext): Promise<TwinningCall> {
    return toTwinningCall((await this.loaders.for(ctx).callById.load(application.callId))!);
  }

  @ResolveField(() => Administration)
  async administration(@Parent() application: TwinningApplication, @Ctx() ctx: RequestContext): Promise<Administration> {
    return toAdministration((await this.members.for(ctx).administrationById.load(application.administrationId))!);
  }

  @ResolveField(() => Member)
  async author(@Parent() application: TwinningApplication, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(application.authorId))!);
  }

  @ResolveField(() => [CriterionScore])
  async scores(@Parent() application: TwinningApplication, @Ctx() ctx: RequestContext): Promise<CriterionScore[]> {
    return (await this.loaders.for(ctx).scoresByApplication.load(application.id)).map(toCriterionScore);
  }

  @ResolveField(() => Float, { nullable: true, description: 'somma(peso x punteggio) / somma(pesi), quando ogni criterio ha un punteggio' })
  async total(@Parent() application: TwinningApplication, @Ctx() ctx: RequestContext): Promise<number | null> {
    const loaders = this.loaders.for(ctx);
    const [criteria, scores] = await Promise.all([loaders.criteriaByCall.load(application.callId), loaders.scoresByApplication.load(application.id)]);
    return weightedTotal(criteria, new Map(scores.map((s) => [s.criterionId, s.score])));
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  constructor(
    private readonly loaders: WorkspaceLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @ResolveField(() => SelectionCriterion)
  async criterion(@Parent() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<SelectionCriterion> {
    return toSelectionCriterion((await this.loaders.for(ctx).criterionById.load(score.criterionId))!);
  }

  @ResolveField(() => Member)
  async scoredBy(@Parent() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(score.scoredById))!);
  }
}
