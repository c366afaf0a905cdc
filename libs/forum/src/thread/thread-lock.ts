import type { EntityManager } from 'typeorm';
import { isUuid, ViewerContext } from '@app/core';
import { canSeeThread } from '../forum.rules.js';
import { ThreadEntity } from './thread.entity.js';
import { ThreadNotFoundError } from './thread.errors.js';

/**
 * Locks a thread's row for the rest of the transaction (serialises replies, moderation,
 * links and merges on it). With a viewer, a hidden thread is NOT_FOUND for members.
 */
export async function lockThread(em: EntityManager, viewer: ViewerContext | null, id: string): Promise<ThreadEntity> {
  const thread = isUuid(id) ? await em.getRepository(ThreadEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!thread || (viewer && !canSeeThread(viewer, thread))) throw new ThreadNotFoundError(id);
  return thread;
}
