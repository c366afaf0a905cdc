import { DomainEvent } from '@app/core';

/** A new thread and its opening post; raised inside the creating transaction. */
export class ThreadCreated extends DomainEvent {
  readonly threadId!: string;
  readonly categoryId!: string;
  readonly authorId!: string;
  readonly tags!: string[];
  /** Members named as @handle in the opening post. */
  readonly mentionedMemberIds!: string[];

  constructor(props: Omit<ThreadCreated, 'occurredAt'>) {
    super();
    Object.assign(this, props);
  }
}

/** A reply (never the opening post, which ThreadCreated covers). */
export class PostCreated extends DomainEvent {
  readonly postId!: string;
  readonly threadId!: string;
  readonly authorId!: string;
  readonly replyToPostId!: string | null;
  /** The author of the post replied to, when there is one. */
  readonly replyToAuthorId!: string | null;
  readonly mentionedMemberIds!: string[];

  constructor(props: Omit<PostCreated, 'occurredAt'>) {
    super();
    Object.assign(this, props);
  }
}

/** A discussion was linked to a practice (raised once: linking again changes nothing). */
export class PracticeLinked extends DomainEvent {
  readonly threadId!: string;
  readonly practiceId!: string;
  readonly actorId!: string;

  constructor(props: Omit<PracticeLinked, 'occurredAt'>) {
    super();
    Object.assign(this, props);
  }
}
