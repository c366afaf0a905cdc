import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useAuth } from '../../lib/auth';
import { useLive } from '../../lib/live';
import { addPostToThread, POST_BY_ID } from './threadPosts';

/**
 * Posts written by others while the thread is open. With the thread's last page on screen, each
 * one is fetched alone (the `post` query) and added at the end, then `onAdded` runs; otherwise it
 * is counted in `pending`, for a notice pointing at "Carica altri".
 */
export function useNewPosts(threadId: string | undefined, hasNextPage: boolean, onAdded: () => void): [pending: number, clearPending: () => void] {
  const { viewer } = useAuth();
  const { watchThread } = useLive();
  const client = useApolloClient();
  const [pending, setPending] = useState(0);
  // Read by the socket handler, which stays the same while the thread is open.
  const latest = useRef({ hasNextPage, onAdded });
  latest.current = { hasNextPage, onAdded };

  useEffect(() => {
    if (!viewer || !threadId) return;
    return watchThread(threadId, (e) => {
      if (e.authorId === viewer.id) return;
      if (latest.current.hasNextPage) {
        setPending((n) => n + 1);
        return;
      }
      client
        .query({ query: POST_BY_ID, variables: { id: e.postId }, fetchPolicy: 'network-only' })
        .then(({ data }) => {
          if (data?.post && addPostToThread(client.cache, threadId, data.post)) latest.current.onAdded();
        })
        .catch(() => undefined);
    });
  }, [viewer, threadId, watchThread, client]);

  return [pending, () => setPending(0)];
}
