import type { EntityManager } from 'typeorm';

/** Serialises category creations until the transaction ends (the slug check and the position stay exact). */
export async function lockCategories(em: EntityManager): Promise<void> {
  await em.query(`LOCK TABLE category IN SHARE ROW EXCLUSIVE MODE`);
}

/** The position after the last category's. */
export async function nextCategoryPosition(em: EntityManager): Promise<number> {
  const [{ next }]: Array<{ next: number }> = await em.query(`SELECT coalesce(max("position"), 0) + 1 AS next FROM category`);
  return next;
}
