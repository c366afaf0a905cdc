import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, isUuid, PrimedLoader, RequestContext } from '@app/core';
import { CategoryEntity } from './category.entity.js';

/** Builds the category loaders; ForumLoadersFactory creates them once per request. */
export class CategoryLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  categoryById(ctx: RequestContext): DataLoader<string, CategoryEntity | null> {
    return new PrimedLoader<string, CategoryEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await this.dataSource.getRepository(CategoryEntity).findBy({ id: In(valid) }) : [];
        return byKeys(ids, rows, (c) => c.id);
      },
    );
  }
}
