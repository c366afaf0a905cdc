import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Administration, Member, MembersLoadersFactory, toAdministration, toMember } from '@app/members';
import { Practice, PracticesLoadersFactory, toPractice } from '@app/practices';
import { MatchPracticesArgs, NeedsArgs, PublishNeedInput } from './dto/need.inputs.js';
import { Need, NeedConnection, toNeed } from './need.model.js';
import { NeedService } from './need.service.js';
import { MatchService } from '../match/match.service.js';
import { PracticeMatch } from '../match/practice-match.model.js';
import { ReuseLoadersFactory } from '../reuse.loaders.js';

@Resolver(() => Need)
export class NeedResolver {
  constructor(
    private readonly needService: NeedService,
    private readonly matcher: MatchService,
    private readonly members: MembersLoadersFactory,
    private readonly loaders: ReuseLoadersFactory,
  ) {}

  @Query(() => Need, { nullable: true })
  async need(@Args('id', { type: () => ID }) id: string): Promise<Need> {
    return toNeed(await this.needService.get(id));
  }

  @Query(() => NeedConnection)
  async needs(@Args() args: NeedsArgs) {
    const page = await this.needService.list(args);
    return { ...page, nodes: page.nodes.map(toNeed) };
  }

  @Query(() => [PracticeMatch], { description: 'le buone pratiche pubblicate che rispondono al testo, la migliore per prima' })
  matchPractices(@Args() args: MatchPracticesArgs): Promise<PracticeMatch[]> {
    return this.matcher.match({ text: args.text, themes: args.themes ?? [], administrationId: args.administrationId ?? null, first: args.first ?? 10 });
  }

  @Mutation(() => Need, { description: "un membro di quell'amministrazione" })
  async publishNeed(@Viewer() viewer: ViewerContext, @Args('input') input: PublishNeedInput): Promise<Need> {
    return toNeed(await this.needService.publish(viewer, input));
  }

  @Mutation(() => Need, { description: "l'autore, un membro della sua amministrazione, i moderatori" })
  async closeNeed(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Need> {
    return toNeed(await this.needService.close(viewer, id));
  }

  @ResolveField(() => Administration)
  async administration(@Parent() need: Need, @Ctx() ctx: RequestContext): Promise<Administration> {
    return toAdministration((await this.members.for(ctx).administrationById.load(need.administrationId))!);
  }

  @ResolveField(() => Member)
  async author(@Parent() need: Need, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(need.authorId))!);
  }

  @ResolveField(() => [PracticeMatch], { description: 'la migliore per prima' })
  async matches(
    @Parent() need: Need,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
  ): Promise<PracticeMatch[]> {
    const entity = await this.loaders.for(ctx).needById.load(need.id);
    return entity ? this.needService.matches(entity, first) : [];
  }
}

@Resolver(() => PracticeMatch)
export class PracticeMatchResolver {
  constructor(private readonly practices: PracticesLoadersFactory) {}

  @ResolveField(() => Practice)
  async practice(@Parent() match: PracticeMatch, @Ctx() ctx: RequestContext): Promise<Practice> {
    return toPractice((await this.practices.for(ctx).practiceById.load(match.practiceId))!);
  }
}
