import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { PracticeUpdate, toPracticeUpdate } from '../practice-update/practice-update.model.js';
import { toTwinning, Twinning } from '../twinning/twinning.model.js';
import { CreatePracticeInput } from './dto/create-practice.input.js';
import { PracticeArgs, PracticesArgs } from './dto/practices.args.js';
import { UpdatePracticeInput } from './dto/update-practice.input.js';
import { PracticesLoadersFactory } from '../practices.loaders.js';
import { Practice, PracticeConnection, toPractice } from './practice.model.js';
import { PracticeService } from './practice.service.js';

@Resolver(() => Practice)
export class PracticeResolver {
  constructor(
    private readonly service: PracticeService,
    private readonly loaders: PracticesLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => Practice, { nullable: true })
  async practice(@Viewer() viewer: ViewerContext, @Args() args: PracticeArgs): Promise<Practice> {
    return toPractice(await this.service.getVisible(viewer, args));
  }

  @Query(() => PracticeConnection)
  async practices(@Viewer() viewer: ViewerContext, @Args() args: PracticesArgs) {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toPractice) };
  }

  @Mutation(() => Practice, { description: 'chi la crea ne diventa referente' })
  async createPractice(@Viewer() viewer: ViewerContext, @Args('input') input: CreatePracticeInput): Promise<Practice> {
    return toPractice(await this.service.create(viewer, input));
  }

  @Mutation(() => Practice, { description: 'referenti della pratica, moderatori, amministratori' })
  async updatePractice(@Viewer() viewer: ViewerContext, @Args('input') input: UpdatePracticeInput): Promise<Practice> {
    return toPractice(await this.service.update(viewer, input));
  }

  @ResolveField(() => Administration)
  async offeringAdministration(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<Administration> {
    const administration = await this.members.for(ctx).administrationById.load(practice.offeringAdministrationId);
    return toAdministration(administration!);
  }

  @ResolveField(() => [Member])
  async contacts(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<Member[]> {
    return (await this.loaders.for(ctx).contactsByPractice.load(practice.id)).map(toMember);
  }

  @ResolveField(() => [PracticeUpdate], { description: 'dal più recente' })
  async updates(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<PracticeUpdate[]> {
    return (await this.loaders.for(ctx).updatesByPractice.load(practice.id)).map(toPracticeUpdate);
  }

  @ResolveField(() => [Twinning])
  async twinnings(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<Twinning[]> {
    return (await this.loaders.for(ctx).twinningsByPractice.load(practice.id)).map(toTwinning);
  }
}
