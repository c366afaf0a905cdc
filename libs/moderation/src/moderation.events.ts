import { DomainEvent } from '@app/core';
import type { ModerationActionName, ModerationTargetType } from './moderation-action/moderation-actions.js';

/**
 * A moderator acted on forum content or resolved a flag; raised inside the
 * action's transaction, next to its moderation_action row.
 */
export class ContentModerated extends DomainEvent {
  /** PIN, UNPIN, LOCK, UNLOCK, HIDE_THREAD, RESTORE_THREAD, HIDE_POST, RESTORE_POST, MOVE, MERGE, FLAG_UPHELD, FLAG_DISMISSED */
  readonly action!: ModerationActionName;
  readonly targetType!: ModerationTargetType;
  readonly targetId!: string;
  readonly moderatorId!: string;
  /** The authors of the content acted on, or the reporters of a resolved flag. */
  readonly affectedMemberIds!: string[];
  readonly threadId!: string | null;
  readonly postId!: string | null;

  constructor(props: Omit<ContentModerated, 'occurredAt'>) {
    super();
    Object.assign(this, props);
  }
}

/** A member flagged a post: one more OPEN flag. Raised inside the flag's transaction. */
export class PostFlagged extends DomainEvent {
  constructor(
    readonly flagId: string,
    readonly postId: string,
    readonly threadId: string,
    readonly reporterId: string,
  ) {
    super();
  }
}

/** A moderator closed OPEN flags (UPHELD or DISMISSED). Raised inside the resolution's transaction. */
export class FlagsResolved extends DomainEvent {
  constructor(
    readonly flagIds: string[],
    readonly postId: string,
    readonly moderatorId: string,
  ) {
    super();
  }
}
