import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { TwinningStatus } from '../enums.js';
import { PracticesLoadersFactory } from '../practices.loaders.js';
import { Practice, toPractice } from '../practice/practice.model.js';
import { ProposeTwinningInput } from './dto/propose-twinning.input.js';
import { TwinningsArgs } from './dto/twinnings.args.js';
import { toTwinning, toTwinningStatusChange, Twinning, TwinningConnection, TwinningStatusChange } from './twinning.model.js';
import { TwinningService } from './twinning.service.js';

@Resolver(() => Twinning)
export class TwinningResolver {
  constructor(
    private readonly service: TwinningService,
    private readonly loaders: PracticesLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => Twinning, { nullable: true })
  async twinning(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Twinning> {
    return toTwinning(await this.service.get(viewer, id));
  }

  @Query(() => TwinningConnection)
  async twinnings(@Viewer() viewer: ViewerContext, @Args() args: TwinningsArgs) {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toTwinning) };
  }

  @Mutation(() => Twinning)
  async proposeTwinning(@Viewer() viewer: ViewerContext, @Args('input') input: ProposeTwinningInput): Promise<Twinning> {
    return toTwinning(await this.service.propose(viewer, input));
  }

  @Mutation(() => Twinning, { description: 'moderatori; solo in avanti, CANCELLED da ogni stato aperto' })
  async setTwinningStatus(
    @Viewer() viewer: ViewerContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => TwinningStatus }) status: TwinningStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<Twinning> {
    return toTwinning(await this.service.setStatus(viewer, id, status, note));
  }

  @ResolveField(() => Practice)
  async practice(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Practice> {
    return toPractice((await this.loaders.for(ctx).practiceById.load(twinning.practiceId))!);
  }

  @ResolveField(() => Administration, { description: "l'amministrazione offerente della pratica" })
  async offering(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Administration> {
    return toAdministration((await this.members.for(ctx).administrationById.load(twinning.offeringAdministrationId))!);
  }

  @ResolveField(() => [Administration], { description: 'ognuna in una regione Convergenza, nessuna uguale all’offerente' })
  async receiving(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Administration[]> {
    return (await this.loaders.for(ctx).receivingByTwinning.load(twinning.id)).map(toAdministration);
  }

  @ResolveField(() => [TwinningStatusChange], { description: 'dal più vecchio' })
  async history(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<TwinningStatusChange[]> {
    return (await this.loaders.for(ctx).historyByTwinning.load(twinning.id)).map(toTwinningStatusChange);
  }
}

@Resolver(() => TwinningStatusChange)
export class TwinningStatusChangeResolver {
  constructor(private readonly members: MembersLoadersFactory) {}

  @ResolveField(() => Member)
  async by(@Parent() change: TwinningStatusChange, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(change.byId))!);
  }
}
