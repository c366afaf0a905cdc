/**
 * Every action the moderation log records (`ModerationAction.action`). A flag's resolution is
 * FLAG_UPHELD (the post was hidden: HIDE_POST is logged beside it when it was still visible) or
 * FLAG_DISMISSED; RESOLVE_FLAG is the older name of both, kept for rows a migration could not tell apart.
 */
export const MODERATION_ACTIONS = [
  'PIN',
  'UNPIN',
  'LOCK',
  'UNLOCK',
  'HIDE_THREAD',
  'RESTORE_THREAD',
  'HIDE_POST',
  'RESTORE_POST',
  'MOVE',
  'MERGE',
  'FLAG_UPHELD',
  'FLAG_DISMISSED',
  'RESOLVE_FLAG',
  'SET_ROLE',
  'SET_STATUS',
] as const;

export type ModerationActionName = (typeof MODERATION_ACTIONS)[number];

/** What a log entry is about: `targetId` is a thread, a post, a flag (older rows) or a member. */
export type ModerationTargetType = 'THREAD' | 'POST' | 'FLAG' | 'MEMBER';
