import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { Practice, toPractice } from '../practice/practice.model.js';
import { PublicCodeService } from './publiccode.service.js';

@Resolver(() => Practice)
export class PublicCodeResolver {
  constructor(private readonly publicCode: PublicCodeService) {}

  @Mutation(() => Practice, {
    description: "membri di quell'amministrazione, moderatori; una pratica DRAFT; un file non valido dà BAD_USER_INPUT con le chiavi in errore",
  })
  async importPracticeFromPublicCode(
    @Viewer() viewer: ViewerContext,
    @Args('yaml') yaml: string,
    @Args('offeringAdministrationId', { type: () => ID }) offeringAdministrationId: string,
  ): Promise<Practice> {
    return toPractice(await this.publicCode.importPractice(viewer, yaml, offeringAdministrationId));
  }
}
