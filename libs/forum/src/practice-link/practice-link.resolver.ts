import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loadNow, mapNow, RequestContext, selectionWithin, Viewer, ViewerContext } from '@app/core';
import { Member, memberFor, MembersLoadersFactory } from '@app/members';
import { Practice, PRACTICE_CARD, PracticesLoadersFactory, toPractice, toPracticeFromCard } from '@app/practices';
import { Thread, toThread } from '../thread/thread.model.js';
import { LinkPracticeInput } from './dto/link-practice.input.js';
import { PracticeLink, toPracticeLink } from './practice-link.model.js';
import { PracticeLinkService } from './practice-link.service.js';

@Resolver(() => PracticeLink)
export class PracticeLinkResolver {
  constructor(
    private readonly service: PracticeLinkService,
    private readonly practices: PracticesLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Mutation(() => Thread)
  async linkPractice(@Viewer() viewer: ViewerContext, @Args('input') input: LinkPracticeInput): Promise<Thread> {
    return toThread(await this.service.linkOne(viewer, input));
  }

  @Mutation(() => Thread, { description: "chi l'ha collegata, l'autore della discussione o un moderatore" })
  async unlinkPractice(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('practiceId', { type: () => ID }) practiceId: string,
  ): Promise<Thread> {
    return toThread(await this.service.unlink(viewer, threadId, practiceId));
  }

  @ResolveField(() => Practice)
  practice(link: PracticeLink, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Practice | Promise<Practice> {
    const loaders = this.practices.for(ctx);
    if (selectionWithin(info, PRACTICE_CARD)) return mapNow(loadNow(loaders.practiceCardById, link.practiceId), (card) => toPracticeFromCard(card!));
    return mapNow(loadNow(loaders.practiceById, link.practiceId), (p) => toPractice(p!));
  }

  @ResolveField(() => Member)
  linkedBy(link: PracticeLink, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Member | Promise<Member> {
    return memberFor(this.members.for(ctx), link.linkedById, info);
  }
}

/** The practices discussed in a thread (only those the viewer may see). */
@Resolver(() => Thread)
export class ThreadPracticesResolver {
  constructor(private readonly service: PracticeLinkService) {}

  @ResolveField(() => [PracticeLink])
  practices(thread: Thread, _: unknown, ctx: RequestContext): PracticeLink[] | Promise<PracticeLink[]> {
    return mapNow(this.service.visibleLinks(ctx, thread.id), (links) => links.map(toPracticeLink));
  }
}
