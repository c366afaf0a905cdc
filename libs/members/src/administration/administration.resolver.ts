import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, toMember } from '../member/member.model.js';
import { MembersLoadersFactory } from '../members.loaders.js';
import { Administration, AdministrationConnection, toAdministration } from './administration.model.js';
import { AdministrationService } from './administration.service.js';
import { AdministrationsArgs } from './dto/administrations.args.js';
import { CreateAdministrationInput } from './dto/create-administration.input.js';

@Resolver(() => Administration)
export class AdministrationResolver {
  constructor(
    private readonly service: AdministrationService,
    private readonly loaders: MembersLoadersFactory,
  ) {}

  @Query(() => Administration, { nullable: true })
  async administration(@Args('id', { type: () => ID }) id: string): Promise<Administration | null> {
    const found = await this.service.get(id);
    return found && toAdministration(found);
  }

  @Query(() => AdministrationConnection, { description: "l'IPA elenca circa 23.000 amministrazioni: sempre paginato" })
  async administrations(@Args() args: AdministrationsArgs) {
    const page = await this.service.list(args);
    return { ...page, nodes: page.nodes.map(toAdministration) };
  }

  @Mutation(() => Administration, { description: 'solo amministratori' })
  async createAdministration(
    @Viewer() viewer: ViewerContext,
    @Args('input') input: CreateAdministrationInput,
  ): Promise<Administration> {
    return toAdministration(await this.service.create(viewer, input));
  }

  @ResolveField(() => [Member])
  async members(@Parent() administration: Administration, @Ctx() ctx: RequestContext): Promise<Member[]> {
    const rows = await this.loaders.for(ctx).membersByAdministration.load(administration.id);
    return rows.map(toMember);
  }
}
