import { DomainEvent } from '@app/core';

export type ModerationTargetType = 'THREAD' | 'POST' | 'FLAG' | 'MEMBER';

/**
 * A moderator acted on forum content or resolved a flag; raised inside the
 * action's transaction, next to its moderation_action row.
 */
export class ContentModerated extends DomainEvent {
  /** PIN, UNPIN, LOCK, UNLOCK, HIDE_THREAD, RESTORE_THREAD, HIDE_POST, RESTORE_POST, MOVE, MERGE, RESOLVE_FLAG */
  readonly action!: string;
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
