import { registerEnumType } from '@nestjs/graphql';

export enum FollowTargetType {
  THREAD = 'THREAD',
  PRACTICE = 'PRACTICE',
  CATEGORY = 'CATEGORY',
  MEMBER = 'MEMBER',
  TAG = 'TAG',
  TWINNING = 'TWINNING',
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
  /** A call opened for a followed practice or in one of my expertise themes (members of Convergence administrations). */
  TWINNING_CALL = 'TWINNING_CALL',
  /** An event of a followed twinning or of the community was scheduled or changed, or is tomorrow. */
  EVENT = 'EVENT',
  /** To an applicant: the call was awarded, with its rank and whether selected. */
  CALL_OUTCOME = 'CALL_OUTCOME',
  /** A milestone of a followed twinning or of my administration's was completed or is due tomorrow. */
  MILESTONE = 'MILESTONE',
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
