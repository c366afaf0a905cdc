import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Member, MemberLoaders, toMember } from '@app/members';
import { PracticeLoaders } from '../practice/practice.loader.js';
import { Practice, toPractice } from '../practice/practice.model.js';
import { PracticeUpdate } from './practice-update.model.js';

@Resolver(() => PracticeUpdate)
export class PracticeUpdateResolver {
  constructor(
    private readonly loaders: PracticeLoaders,
    private readonly members: MemberLoaders,
  ) {}

  @ResolveField(() => Practice)
  async practice(@Parent() update: PracticeUpdate, @Ctx() ctx: RequestContext): Promise<Practice> {
    const practice = await this.loaders.practiceById(ctx).load(update.practiceId);
    return toPractice(practice!);
  }

  @ResolveField(() => Member)
  async author(@Parent() update: PracticeUpdate, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.memberById(ctx).load(update.authorId))!);
  }
}
