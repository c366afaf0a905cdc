import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { toPost, toThread } from '@app/forum';
import { toPractice } from '@app/practices';
import { Digest } from './digest.model.js';
import { DigestService } from './digest.service.js';

@Resolver(() => Digest)
export class DigestResolver {
  constructor(private readonly digests: DigestService) {}

  @Query(() => Digest, { description: 'predefinito: la mia visita precedente, altrimenti 7 giorni' })
  async digest(
    @Viewer() viewer: ViewerContext,
    @Args('since', { type: () => Date, nullable: true }) since?: Date | null,
  ): Promise<Digest> {
    const d = await this.digests.digest(viewer, since);
    return {
      since: d.since,
      newThreads: d.newThreads.map(toThread),
      activeThreads: d.activeThreads.map(toThread),
      updatedPractices: d.updatedPractices.map(toPractice),
      newPractices: d.newPractices.map(toPractice),
      usefulPosts: d.usefulPosts.map(toPost),
    };
  }
}
