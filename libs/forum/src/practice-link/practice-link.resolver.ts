import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { Practice, PracticesLoadersFactory, toPractice } from '@app/practices';
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
  async practice(@Parent() link: PracticeLink, @Ctx() ctx: RequestContext): Promise<Practice> {
    return toPractice((await this.practices.for(ctx).practiceById.load(link.practiceId))!);
  }

  @ResolveField(() => Member)
  async linkedBy(@Parent() link: PracticeLink, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(link.linkedById))!);
  }
}

/** The practices discussed in a thread (only those the viewer may see). */
@Resolver(() => Thread)
export class ThreadPracticesResolver {
  constructor(private readonly service: PracticeLinkService) {}

  @ResolveField(() => [PracticeLink])
  async practices(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<PracticeLink[]> {
    return (await this.service.visibleLinks(ctx, thread.id)).map(toPracticeLink);
  }
}
