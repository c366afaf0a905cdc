import { Args, Query, Resolver } from '@nestjs/graphql';
import { CoverageCell } from './coverage.model.js';
import { CoverageService } from './coverage.service.js';

@Resolver(() => CoverageCell)
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => [CoverageCell], { description: 'la mappa regione × tema di ciò che è offerto, adottato e ancora richiesto' })
  coverage(@Args('convergenceOnly', { type: () => Boolean, nullable: true, defaultValue: false }) convergenceOnly: boolean): Promise<CoverageCell[]> {
    return this.coverageService.cells(!!convergenceOnly);
  }
}
