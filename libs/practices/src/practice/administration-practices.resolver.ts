import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Administration } from '@app/members';
import { PracticesLoadersFactory } from '../practices.loaders.js';
import { Practice, toPractice } from './practice.model.js';

/** Administration.practices: the practices an administration offers, as far as the viewer may see them. */
@Resolver(() => Administration)
export class AdministrationPracticesResolver {
  constructor(private readonly loaders: PracticesLoadersFactory) {}

  @ResolveField(() => [Practice], { description: "le buone pratiche offerte dall'amministrazione" })
  async practices(@Parent() administration: Administration, @Ctx() ctx: RequestContext): Promise<Practice[]> {
    return (await this.loaders.for(ctx).practicesByAdministration.load(administration.id)).map(toPractice);
  }
}
