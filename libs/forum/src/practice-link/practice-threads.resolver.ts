import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, lazy, PageArgsInput, RequestContext } from '@app/core';
import { Practice } from '@app/practices';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { ThreadConnection, toThread } from '../thread/thread.model.js';

/** Practice.threads: the discussions linked to a practice; hidden ones never reach members this way. */
@Resolver(() => Practice)
export class PracticeThreadsResolver {
  constructor(private readonly loaders: ForumLoadersFactory) {}

  @ResolveField(() => ThreadConnection, { description: 'discussioni collegate alla buona pratica' })
  async threads(@Parent() practice: Practice, @Args() args: PageArgsInput, @Ctx() ctx: RequestContext) {
    const page = await this.loaders.for(ctx).threadsByPractice(args).load(practice.id);
    return {
      nodes: page.nodes.map(toThread),
      pageInfo: page.pageInfo,
      totalCount: lazy(() => this.loaders.for(ctx).threadCountByPractice.load(practice.id)),
    };
  }
}
