import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONVERGENCE_REGIONS, Region, Theme } from '@app/members';
import type { CoverageCell } from './coverage.model.js';
import { coverageCells } from './coverage.queries.js';

/** The coverage map: public figures, no viewer involved (drafts never count). */
@Injectable()
export class CoverageService {
  constructor(private readonly dataSource: DataSource) {}

  cells(convergenceOnly: boolean): Promise<CoverageCell[]> {
    const regions = convergenceOnly ? [...CONVERGENCE_REGIONS] : Object.values(Region);
    return coverageCells(this.dataSource, regions, Object.values(Theme));
  }
}
