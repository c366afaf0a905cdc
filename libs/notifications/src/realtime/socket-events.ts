// The socket.io contract of the server and of its clients: the web client imports these types
// (type-only, by a relative path), so this file imports nothing: the client's compiler reads it
// alone and nothing of the server reaches the bundle.

/** The `notification` push: a committed inbox row (absent ids are null). */
export interface NotificationPayload {
  id: string;
  /** A NotificationType value. */
  type: string;
  text: string;
  createdAt: string;
  actorId: string | null;
  threadId: string | null;
  postId: string | null;
  practiceId: string | null;
  twinningId: string | null;
  documentId: string | null;
  needId: string | null;
  adoptionId: string | null;
  eventId: string | null;
  callId: string | null;
}

export interface PostCreatedPayload {
  threadId: string;
  postId: string;
  authorId: string;
}

/** `code`: one of the contract's error codes (ErrorCode of @app/core). */
export type Ack = { ok: true } | { ok: false; code: string };

/** What the server emits (socket.io's typed event map, shared with the test client). */
export interface ServerToClientEvents {
  notification: (payload: NotificationPayload) => void;
  unread: (payload: { count: number }) => void;
  'post:created': (payload: PostCreatedPayload) => void;
  /** To moderators, whenever the number of OPEN flags changes. */
  'flags:open': (payload: { count: number }) => void;
}

/** What a client may send; every event is acknowledged. */
export interface ClientToServerEvents {
  'thread:watch': (payload: { threadId: string }, ack: (result: Ack) => void) => void;
  'thread:unwatch': (payload: { threadId: string }, ack: (result: Ack) => void) => void;
}

/**
 * What the API instances tell each other (over the Redis adapter): the members whose unread count
 * changed, so that each instance counts for the members with sockets on it, and only for those.
 */
export interface InterServerEvents {
  'unread:changed': (memberIds: string[]) => void;
}

/** Per-socket data: the member id and when its token expires, to keep each connection small. */
export interface SocketData {
  memberId: string;
  /** The token version of the handshake's token: a password change since then makes the socket's member nobody. */
  tokenVersion: number;
  /** Milliseconds since the epoch; null for a token without expiry. */
  expiresAt: number | null;
  /** Whether the member moderated at the handshake (then its room membership follows role changes). */
  moderator: boolean;
  /** The start of the socket's current event-limit window (ms since the epoch) and its events in it; unset until its first event. */
  eventWindowStart?: number;
  events?: number;
}

/** The room of one member (all of its sockets), of the readers of one thread, and of the moderators. */
export const memberRoom = (memberId: string): string => memberId;
export const threadRoom = (threadId: string): string => `thread:${threadId}`;
/** The sockets of ACTIVE moderators and admins, on every instance. */
export const MODERATORS_ROOM = 'moderators';
