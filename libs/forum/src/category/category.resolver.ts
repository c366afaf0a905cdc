import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, lazy, RequestContext, Viewer, ViewerContext } from '@app/core';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { CategoryThreadsArgs } from '../thread/dto/threads.args.js';
import { ThreadConnection, toThread } from '../thread/thread.model.js';
import { Category, toCategory } from './category.model.js';
import { CategoryService } from './category.service.js';
import { CreateCategoryInput } from './dto/create-category.input.js';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(
    private readonly service: CategoryService,
    private readonly loaders: ForumLoadersFactory,
  ) {}

  @Query(() => [Category])
  async categories(): Promise<Category[]> {
    return (await this.service.list()).map(toCategory);
  }

  @Query(() => Category, { nullable: true })
  async category(
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('slug', { type: () => String, nullable: true }) slug?: string | null,
  ): Promise<Category | null> {
    const found = await this.service.find(id, slug);
    return found && toCategory(found);
  }

  @Mutation(() => Category, { description: 'solo amministratori' })
  async createCategory(@Viewer() viewer: ViewerContext, @Args('input') input: CreateCategoryInput): Promise<Category> {
    return toCategory(await this.service.create(viewer, input));
  }

  @ResolveField(() => Int, { description: 'discussioni visibili a chi legge' })
  threadCount(@Parent() category: Category, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).threadCountByCategory.load(category.id);
  }

  @ResolveField(() => ThreadConnection)
  async threads(@Parent() category: Category, @Args() args: CategoryThreadsArgs, @Ctx() ctx: RequestContext) {
    const page = await this.loaders.for(ctx).threadsByCategory(args).load(category.id);
    return {
      nodes: page.nodes.map(toThread),
      pageInfo: page.pageInfo,
      totalCount: lazy(() => this.loaders.for(ctx).threadCountByCategory.load(category.id)),
    };
  }
}
