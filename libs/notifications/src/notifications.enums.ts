import { registerEnumType } from '@nestjs/graphql';

export enum FollowTargetType {
  THREAD = 'THREAD',
  PRACTICE = 'PRACTICE',
  CATEGORY = 'CATEGORY',
  MEMBER = 'MEMBER',
  TAG = 'TAG',
}

export enum FollowLevel {
  /** Every new thread, post or update in or of the target. */
  WATCHING = 'WATCHING',
  /** New threads only (categories, tags, members). */
  WATCHING_FIRST_POST = 'WATCHING_FIRST_POST',
  /** Nothing from the target, even where a broader follow would notify. */
  MUTED = 'MUTED',
}

export enum NotificationType {
  NEW_THREAD = 'NEW_THREAD',
  NEW_POST = 'NEW_POST',
  REPLY = 'REPLY',
  MENTION = 'MENTION',
  PRACTICE_UPDATED = 'PRACTICE_UPDATED',
  PRACTICE_LINKED = 'PRACTICE_LINKED',
  MODERATION = 'MODERATION',
  TWINNING_STATUS = 'TWINNING_STATUS',
  /** A document of a followed practice or twinning was added or replaced. */
  DOCUMENT = 'DOCUMENT',
  /** A new need matches a practice I am a contact of. */
  NEED_MATCHED = 'NEED_MATCHED',
  /** An adoption of a practice I follow or am a contact of was recorded or verified. */
  ADOPTION = 'ADOPTION',
  /** To moderators: a post was flagged. */
  NEW_FLAG = 'NEW_FLAG',
}

registerEnumType(FollowTargetType, { name: 'FollowTargetType' });
registerEnumType(FollowLevel, { name: 'FollowLevel' });
registerEnumType(NotificationType, { name: 'NotificationType' });

/** How often the digest e-mail comes. */
export enum DigestFrequency {
  NEVER = 'NEVER',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
