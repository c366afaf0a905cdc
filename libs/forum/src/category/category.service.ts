import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, isUuid, TransactionRunner, ViewerContext } from '@app/core';
import { CategoryEntity } from './category.entity.js';
import { lockCategories, nextCategoryPosition } from './category.queries.js';
import type { CreateCategoryInput } from './dto/create-category.input.js';

@Injectable()
export class CategoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  list(): Promise<CategoryEntity[]> {
    return this.dataSource.getRepository(CategoryEntity).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  /** By id or by slug; null when it does not exist (or when neither is given). */
  async find(id?: string | null, slug?: string | null): Promise<CategoryEntity | null> {
    const repo = this.dataSource.getRepository(CategoryEntity);
    if (id) return isUuid(id) ? repo.findOneBy({ id }) : null;
    if (slug) return repo.findOneBy({ slug: slug.trim().toLowerCase() });
    return null;
  }

  async create(viewer: ViewerContext, input: CreateCategoryInput): Promise<CategoryEntity> {
    viewer.assertAdmin();
    return this.tx.run(async ({ em }) => {
      const repo = em.getRepository(CategoryEntity);
      await lockCategories(em);
      if (await repo.existsBy({ slug: input.slug })) {
        const error = new ConflictError(`Esiste già una categoria con lo slug ${input.slug}`);
        error.extensions.fields = [{ field: 'slug', message: 'slug già in uso' }];
        throw error;
      }
      const next = await nextCategoryPosition(em);
      return repo.save(
        repo.create({
          slug: input.slug,
          name: input.name,
          description: input.description?.trim() || null,
          theme: input.theme ?? null,
          position: next,
        }),
      );
    });
  }

  /** For writes that name a category in their input: an unknown one is the client's mistake. */
  async assertExists(em: EntityManager, id: string, field: string): Promise<CategoryEntity> {
    const found = isUuid(id) ? await em.getRepository(CategoryEntity).findOneBy({ id }) : null;
    if (!found) throw BadUserInputError.field(field, `categoria ${id} inesistente`);
    return found;
  }
}
