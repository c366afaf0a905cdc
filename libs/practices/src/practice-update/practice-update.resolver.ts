import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { PracticesLoadersFactory } from '../practices.loaders.js';
import { Practice, toPractice } from '../practice/practice.model.js';
import { PracticeUpdate } from './practice-update.model.js';

@Resolver(() => PracticeUpdate)
export class PracticeUpdateResolver {
  constructor(
    private readonly loaders: PracticesLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @ResolveField(() => Practice)
  async practice(@Parent() update: PracticeUpdate, @Ctx() ctx: RequestContext): Promise<Practice> {
    const practice = await this.loaders.for(ctx).practiceById.load(update.practiceId);
    return toPractice(practice!);
  }

  @ResolveField(() => Member)
  async author(@Parent() update: PracticeUpdate, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(update.authorId))!);
  }
}
