import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import type { PostFieldsFragment } from '../../gql/graphql';
import { appendToConnection } from '../../lib/connection';

/** One post as a thread shows it: a new one pushed by the server, or the current version after an edit conflict. */
export const POST_BY_ID = graphql(`
  query PostById($id: ID!) {
    post(id: $id) { ...PostFields }
  }
`);

/**
 * Shows a post (already in the cache) at the end of its thread, where the thread's last page is
 * loaded, and counts it in the thread's postCount; otherwise the post comes with "Carica altri".
 * Returns whether the post was added.
 */
export function addPostToThread(cache: ApolloCache, threadId: string, post: PostFieldsFragment): boolean {
  const thread = cache.identify({ __typename: 'Thread', id: threadId });
  if (!thread || !appendToConnection(cache, thread, 'posts', { __typename: 'Post', ...post })) return false;
  cache.modify<{ postCount: number }>({ id: thread, fields: { postCount: (n) => n + 1 } });
  return true;
}
