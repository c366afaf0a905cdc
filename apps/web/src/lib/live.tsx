import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { io, type Socket } from 'socket.io-client';
import { graphql } from '../gql';
import { useAuth } from './auth';

const UNREAD = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

export interface LiveNotification {
  id: string;
  type: string;
  text: string;
  createdAt: string;
  threadId: string | null;
  postId: string | null;
  practiceId: string | null;
  twinningId: string | null;
}

export interface PostCreated {
  threadId: string;
  postId: string;
  authorId: string;
}

interface LiveState {
  connected: boolean;
  unread: number;
  /** Last notification pushed by the server, to refresh lists and announce it. */
  latest: LiveNotification | null;
  setUnread(n: number): void;
  watchThread(threadId: string, onPost: (e: PostCreated) => void): () => void;
}

const LiveContext = createContext<LiveState | null>(null);

/** One socket per signed-in viewer: the bell count, pushed notifications and threads being read. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { token, viewer } = useAuth();
  const [socket, setSocket] = useState<Socket | null>(null);
  const [connected, setConnected] = useState(false);
  const [unread, setUnread] = useState(0);
  const [latest, setLatest] = useState<LiveNotification | null>(null);
  const handlers = useRef(new Map<string, Set<(e: PostCreated) => void>>());
  const { data } = useQuery(UNREAD, { skip: !viewer, fetchPolicy: 'network-only' });

  useEffect(() => {
    if (data) setUnread(data.unreadNotificationCount);
  }, [data]);

  useEffect(() => {
    if (!token || !viewer) return;
    const s = io({ path: '/socket.io', auth: { token }, transports: ['websocket', 'polling'] });
    s.on('connect', () => {
      setConnected(true);
      // Re-watch what is open after a reconnection.
      for (const threadId of handlers.current.keys()) s.emit('thread:watch', { threadId }, () => undefined);
    });
    s.on('disconnect', () => setConnected(false));
    s.on('unread', (p: { count: number }) => setUnread(p.count));
    s.on('notification', (n: LiveNotification) => setLatest(n));
    s.on('post:created', (e: PostCreated) => handlers.current.get(e.threadId)?.forEach((fn) => fn(e)));
    setSocket(s);
    return () => {
      s.close();
      setSocket(null);
      setConnected(false);
    };
  }, [token, viewer?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const value = useMemo<LiveState>(
    () => ({
      connected,
      unread,
      latest,
      setUnread,
      watchThread(threadId, onPost) {
        let set = handlers.current.get(threadId);
        if (!set) {
          set = new Set();
          handlers.current.set(threadId, set);
          socket?.emit('thread:watch', { threadId }, () => undefined);
        }
        set.add(onPost);
        return () => {
          set.delete(onPost);
          if (set.size === 0) {
            handlers.current.delete(threadId);
            socket?.emit('thread:unwatch', { threadId }, () => undefined);
          }
        };
      },
    }),
    [connected, unread, latest, socket],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  const ctx = useContext(LiveContext);
  if (!ctx) throw new Error('useLive outside LiveProvider');
  return ctx;
}
