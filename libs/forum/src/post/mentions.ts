import { extractMentions } from '@app/core';

/** How many @handles of one post count as mentions (listed in Post.mentions and notified). */
export const MAX_MENTIONS_PER_POST = 20;

/**
 * The handles of a body that count as mentions: the first MAX_MENTIONS_PER_POST distinct ones, in
 * order of first appearance, whether or not they name a member. Later ones stay plain text, so
 * that one post cannot notify the whole community.
 */
export function mentionedHandles(body: string): string[] {
  return extractMentions(body).slice(0, MAX_MENTIONS_PER_POST);
}
