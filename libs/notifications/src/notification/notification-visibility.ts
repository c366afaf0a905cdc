/**
 * SQL condition: the notification `n` is about nothing its recipient can no longer see.
 * A thread or post hidden after the fact drops out of the inbox and the unread count of
 * members (not of moderators); MODERATION notifications, about the recipient's own
 * content, always stay; NEW_FLAG ones (who flagged what) go with the role, for a demoted
 * moderator. `canModerate` is an SQL boolean expression about the recipient.
 */
export function visibleNotification(n: string, canModerate: string): string {
  return `(${canModerate} OR ${n}."type" = 'MODERATION'
    OR (${n}."type" <> 'NEW_FLAG'
        AND NOT EXISTS (SELECT 1 FROM thread vt WHERE vt."id" = ${n}."threadId" AND vt."hidden")
        AND NOT EXISTS (SELECT 1 FROM post vp WHERE vp."id" = ${n}."postId" AND vp."hidden")))`;
}
