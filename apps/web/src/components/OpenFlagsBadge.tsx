import { useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { io } from 'socket.io-client';
import { graphql } from '../gql';
import { useAuth } from '../lib/auth';

const OPEN_FLAGS = graphql(`
  query OpenFlagCount {
    moderationQueue(first: 1) { totalCount }
  }
`);

/** The id of the description of the Moderazione link (the number of open flags, for screen readers). */
export const OPEN_FLAGS_DESCRIPTION = 'open-flags-description';

// The latest count, shared with the moderation queue so that it reloads when flags come or go.
let openFlags: number | null = null;
const listeners = new Set<() => void>();
function publish(count: number | null) {
  openFlags = count;
  listeners.forEach((listener) => listener());
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The number of OPEN flags, kept live while the badge is on screen (null before the first answer). */
export function useOpenFlagCount(): number | null {
  return useSyncExternalStore(subscribe, () => openFlags);
}

/**
 * For moderators: the first count through GraphQL, then `flags:open` on a socket of its own, and
 * a fresh count after every reconnection (changes made meanwhile are not replayed).
 */
function useOpenFlagFeed(): number | null {
  const { token, isModerator } = useAuth();
  const { data, refetch } = useQuery(OPEN_FLAGS, { skip: !isModerator, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (data) publish(data.moderationQueue.totalCount);
  }, [data]);
  useEffect(() => {
    if (!token || !isModerator) return;
    const socket = io({ path: '/socket.io', auth: { token }, transports: ['websocket', 'polling'] });
    let reconnection = false;
    socket.on('connect', () => {
      if (reconnection) void refetch();
      reconnection = true;
    });
    socket.on('flags:open', (p: { count: number }) => publish(p.count));
    return () => {
      socket.close();
      publish(null);
    };
  }, [token, isModerator, refetch]);
  return useOpenFlagCount();
}

/** The open flags next to the Moderazione link; the link names it through OPEN_FLAGS_DESCRIPTION. */
export function OpenFlagsBadge() {
  const count = useOpenFlagFeed();
  const description = count === null ? '' : count === 0 ? 'Nessuna segnalazione aperta' : count === 1 ? '1 segnalazione aperta' : `${count} segnalazioni aperte`;
  return (
    <>
      {count !== null && count > 0 && (
        <span className="badge bg-danger ms-2" aria-hidden="true" data-testid="open-flags">
          {count > 99 ? '99+' : count}
        </span>
      )}
      <span id={OPEN_FLAGS_DESCRIPTION} hidden>
        {description}
      </span>
    </>
  );
}
