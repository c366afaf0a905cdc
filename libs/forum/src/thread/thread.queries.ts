import type { SortKey } from '@app/core';
import { ThreadOrder } from '../forum.enums.js';
import type { ThreadEntity } from './thread.entity.js';

/**
 * Keyset orders of thread lists (alias `t`). In the forum's lists (all threads or a
 * category) the pinned threads come first in LAST_ACTIVITY order; the id makes every
 * order total.
 */
export function threadSortKeys(order: ThreadOrder, pinnedFirst: boolean): SortKey<ThreadEntity>[] {
  const id: SortKey<ThreadEntity> = { expr: 't."id"', direction: 'DESC', cast: 'uuid', value: (t) => t.id };
  const activity: SortKey<ThreadEntity> = {
    expr: 't."lastActivityAt"',
    direction: 'DESC',
    cast: 'timestamptz',
    value: (t) => t.lastActivityAt,
  };
  switch (order) {
    case ThreadOrder.NEWEST:
      return [{ expr: 't."createdAt"', direction: 'DESC', cast: 'timestamptz', value: (t) => t.createdAt }, id];
    case ThreadOrder.MOST_USEFUL:
      return [{ expr: 't."usefulCount"', direction: 'DESC', cast: 'int', value: (t) => t.usefulCount }, activity, id];
    case ThreadOrder.LAST_ACTIVITY:
    default:
      return pinnedFirst
        ? [{ expr: 't."pinned"', direction: 'DESC', cast: 'boolean', value: (t) => t.pinned }, activity, id]
        : [activity, id];
  }
}
