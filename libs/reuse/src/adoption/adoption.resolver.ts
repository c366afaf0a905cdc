import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { NotificationsLoadersFactory } from '@app/notifications';
import { Practice, PracticesLoadersFactory, toPractice, toTwinning, Twinning } from '@app/practices';
import { ReuseLoadersFactory } from '../reuse.loaders.js';
import { Adoption, AdoptionStageChange, toAdoption, toAdoptionStageChange } from './adoption.model.js';
import { AdoptionService } from './adoption.service.js';
import { RecordAdoptionInput } from './dto/record-adoption.input.js';

@Resolver(() => Adoption)
export class AdoptionResolver {
  constructor(
    private readonly adoptions: AdoptionService,
    private readonly loaders: ReuseLoadersFactory,
    private readonly members: MembersLoadersFactory,
    private readonly practices: PracticesLoadersFactory,
    private readonly notifications: NotificationsLoadersFactory,
  ) {}

  @Query(() => Adoption, { nullable: true })
  async adoption(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Adoption> {
    return toAdoption(await this.adoptions.get(viewer, id));
  }

  @Mutation(() => Adoption, { description: "un membro di quell'amministrazione" })
  async recordAdoption(@Viewer() viewer: ViewerContext, @Args('input') input: RecordAdoptionInput): Promise<Adoption> {
    return toAdoption(await this.adoptions.record(viewer, input));
  }

  @Mutation(() => Adoption, { description: "un referente della pratica o un moderatore; mai un membro dell'amministrazione che adotta" })
  async verifyAdoption(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Adoption> {
    return toAdoption(await this.adoptions.verify(viewer, id));
  }

  @ResolveField(() => Practice)
  async practice(@Parent() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Practice> {
    return toPractice((await this.practices.for(ctx).practiceById.load(adoption.practiceId))!);
  }

  @ResolveField(() => Administration)
  async administration(@Parent() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Administration> {
    return toAdministration((await this.members.for(ctx).administrationById.load(adoption.administrationId))!);
  }

  @ResolveField(() => Twinning, { nullable: true })
  async twinning(@Parent() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Twinning | null> {
    if (!adoption.twinningId) return null;
    const twinning = await this.notifications.for(ctx).twinningById.load(adoption.twinningId);
    return twinning && toTwinning(twinning);
  }

  @ResolveField(() => Member, { nullable: true })
  async verifiedBy(@Parent() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Member | null> {
    if (!adoption.verifiedById) return null;
    const member = await this.members.for(ctx).memberById.load(adoption.verifiedById);
    return member && toMember(member);
  }

  @ResolveField(() => [AdoptionStageChange], { description: 'dalla più vecchia' })
  async history(@Parent() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<AdoptionStageChange[]> {
    return (await this.loaders.for(ctx).historyByAdoption.load(adoption.id)).map(toAdoptionStageChange);
  }
}

@Resolver(() => AdoptionStageChange)
export class AdoptionStageChangeResolver {
  constructor(private readonly members: MembersLoadersFactory) {}

  @ResolveField(() => Member)
  async by(@Parent() change: AdoptionStageChange, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(change.byId))!);
  }
}

/** Practice.adoptions and Practice.adoptionCount. */
@Resolver(() => Practice)
export class PracticeAdoptionsResolver {
  constructor(private readonly loaders: ReuseLoadersFactory) {}

  @ResolveField(() => [Adoption])
  async adoptions(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<Adoption[]> {
    return (await this.loaders.for(ctx).adoptionsByPractice.load(practice.id)).map(toAdoption);
  }

  @ResolveField(() => Int, { description: 'adozioni verificate in uso' })
  adoptionCount(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).adoptionCountByPractice.load(practice.id);
  }
}
