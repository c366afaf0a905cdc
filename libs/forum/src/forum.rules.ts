import { sqlAnd, sqlOr, SqlReader, ViewerContext } from '@app/core';

/**
 * Who sees hidden threads and posts: nobody but moderators (the contract: members and anonymous
 * callers never get them, by id they are NOT_FOUND; moderators see them with hidden: true). A post
 * is hidden when it is, or when its thread is. Every path uses these: by id, lists, counts, search,
 * notifications, digest, socket pushes.
 */
export function canSeeThread(viewer: ViewerContext, thread: { hidden: boolean }): boolean {
  return viewer.canModerate || !thread.hidden;
}

/** `canSeeThread` for a post: neither it nor its thread hidden, or a moderator. */
export function canSeePost(viewer: ViewerContext, post: { hidden: boolean }, thread: { hidden: boolean }): boolean {
  return viewer.canModerate || (!post.hidden && !thread.hidden);
}

/** `canSeeThread` over the thread row aliased `alias`, for `reader` (see `readerOf`, `memberReader`). */
export function visibleThreadSql(alias: string, reader: SqlReader): string {
  return sqlOr(reader.canModerate, `NOT ${alias}."hidden"`);
}

/** Where the statement stands with respect to the post's thread. */
export interface PostScope {
  /** The alias of the post's thread, when the statement joins it. */
  thread?: string;
  /** The posts are those of one thread the statement already shows to this reader (Thread.posts, Thread.postCount). */
  threadShown?: boolean;
}

/** `canSeePost` over the post row aliased `alias`; its thread is looked up unless `scope` says where it is. */
export function visiblePostSql(alias: string, reader: SqlReader, scope: PostScope = {}): string {
  const thread = scope.threadShown
    ? 'TRUE'
    : scope.thread
      ? `NOT ${scope.thread}."hidden"`
      : `NOT EXISTS (SELECT 1 FROM thread vpt WHERE vpt."id" = ${alias}."threadId" AND vpt."hidden")`;
  return sqlOr(reader.canModerate, sqlAnd(`NOT ${alias}."hidden"`, thread));
}

/**
 * How many posts of the thread aliased `alias` `reader` sees (Thread.postCount, the thread being
 * shown to them): its posts not hidden, and the hidden ones too for moderators, from the counters
 * the post triggers keep in the thread's row.
 */
export function visiblePostCountSql(alias: string, reader: SqlReader): string {
  return reader.canModerate === 'FALSE'
    ? `${alias}."postCount"`
    : `(${alias}."postCount" + CASE WHEN ${reader.canModerate} THEN ${alias}."hiddenPostCount" ELSE 0 END)`;
}

/** The post aliased `alias` is hidden and `reader` sees it all the same (FALSE for members: nothing to look for). */
export function hiddenPostSeenSql(alias: string, reader: SqlReader): string {
  return sqlAnd(`${alias}."hidden"`, reader.canModerate);
}
