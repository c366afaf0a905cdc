import type { SortKey } from '@app/core';
import type { PostEntity } from './post.entity.js';

/** Thread.posts (alias `p`): the opening post first, then oldest first. */
export const POST_SORT_KEYS: SortKey<PostEntity>[] = [
  { expr: 'p."opening"', direction: 'DESC', cast: 'boolean', value: (p) => p.opening },
  { expr: 'p."createdAt"', direction: 'ASC', cast: 'timestamptz', value: (p) => p.createdAt },
  { expr: 'p."id"', direction: 'ASC', cast: 'uuid', value: (p) => p.id },
];
