import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { io, type Socket } from 'socket.io-client';
// Types only (erased from the bundle): the events and payloads exactly as the server declares them.
import type {
  ClientToServerEvents,
  NotificationPayload,
  PostCreatedPayload,
  ServerToClientEvents,
} from '../../../../libs/notifications/src/realtime/socket-events';
import { graphql } from '../gql';
import type { OpenFlagCountQuery } from '../gql/graphql';
import { useAuth } from './auth';

const UNREAD = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

const OPEN_FLAGS = graphql(`
  query OpenFlagCount {
    moderationQueue(first: 1) { totalCount }
  }
`);

export type LiveNotification = NotificationPayload;
export type PostCreated = PostCreatedPayload;
type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface LiveState {
  connected: boolean;
  unread: number;
  /** Last notification pushed by the server, to refresh lists and announce it. */
  latest: LiveNotification | null;
  /** For moderators, the number of OPEN flags, kept live (null before the first answer and for members). */
  openFlags: number | null;
  setUnread(n: number): void;
  watchThread(threadId: string, onPost: (e: PostCreated) => void): () => void;
}

const LiveContext = createContext<LiveState | null>(null);

/**
 * One socket per signed-in viewer: the bell count, pushed notifications, threads being read and,
 * for moderators, the open flags (a first count through GraphQL, then `flags:open`, and a fresh
 * count after every reconnection: changes made meanwhile are not replayed).
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { token, viewer, isModerator } = useAuth();
  const client = useApolloClient();
  const socket = useRef<HubSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [unread, setUnread] = useState(0);
  const [latest, setLatest] = useState<LiveNotification | null>(null);
  const handlers = useRef(new Map<string, Set<(e: PostCreated) => void>>());
  const { data } = useQuery(UNREAD, { skip: !viewer, fetchPolicy: 'network-only' });
  const flags = useQuery(OPEN_FLAGS, { skip: !isModerator, fetchPolicy: 'network-only' });
  // Read by the socket's handlers, which live as long as the connection.
  const refetchFlags = useRef<(() => void) | null>(null);
  refetchFlags.current = isModerator ? () => void flags.refetch() : null;

  useEffect(() => {
    if (data) setUnread(data.unreadNotificationCount);
  }, [data]);

  useEffect(() => {
    if (!token || !viewer) return;
    const s: HubSocket = io({ path: '/socket.io', auth: { token }, transports: ['websocket', 'polling'] });
    let reconnection = false;
    s.on('connect', () => {
      setConnected(true);
      // Re-watch what is open after a reconnection, and read again what was missed.
      for (const threadId of handlers.current.keys()) s.emit('thread:watch', { threadId }, () => undefined);
      if (reconnection) refetchFlags.current?.();
      reconnection = true;
    });
    s.on('disconnect', () => setConnected(false));
    s.on('unread', (p) => setUnread(p.count));
    s.on('notification', (n) => setLatest(n));
    s.on('post:created', (e) => handlers.current.get(e.threadId)?.forEach((fn) => fn(e)));
    // The pushed count goes where the first one went: the cache, read by the badge and the queue.
    s.on('flags:open', (p) =>
      client.writeQuery({ query: OPEN_FLAGS, data: { moderationQueue: { __typename: 'FlagConnection', totalCount: p.count } } as OpenFlagCountQuery }),
    );
    socket.current = s;
    return () => {
      s.close();
      socket.current = null;
      setConnected(false);
    };
  }, [token, viewer?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Stable while the provider lives: a thread page watches once, whatever else changes (a new
  // unread count must not unwatch and watch again, which could miss a post in between).
  const watchThread = useCallback((threadId: string, onPost: (e: PostCreated) => void) => {
    let set = handlers.current.get(threadId);
    if (!set) {
      set = new Set();
      handlers.current.set(threadId, set);
      socket.current?.emit('thread:watch', { threadId }, () => undefined);
    }
    set.add(onPost);
    return () => {
      set.delete(onPost);
      if (set.size === 0) {
        handlers.current.delete(threadId);
        socket.current?.emit('thread:unwatch', { threadId }, () => undefined);
      }
    };
  }, []);

  const openFlags = flags.data?.moderationQueue.totalCount ?? null;
  const value = useMemo<LiveState>(
    () => ({ connected, unread, latest, openFlags, setUnread, watchThread }),
    [connected, unread, latest, openFlags, watchThread],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  const ctx = useContext(LiveContext);
  if (!ctx) throw new Error('useLive outside LiveProvider');
  return ctx;
}
