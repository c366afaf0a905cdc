import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Server, Socket } from 'socket.io';
import { AppConfig, rootLogger } from '@app/core';
import { FlagService } from '@app/moderation';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { countUnreadOfMembers, recipientsOfUnreadAbout } from '../notification/notification.queries.js';
import { membersSeeingPost, postSeenByAll } from './realtime.queries.js';
import {
  ClientToServerEvents,
  InterServerEvents,
  memberRoom,
  MODERATORS_ROOM,
  NotificationPayload,
  PostCreatedPayload,
  ServerToClientEvents,
  SocketData,
  threadRoom,
} from './socket-events.js';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export function toNotificationPayload(row: NotificationEntity): NotificationPayload {
  return {
    id: row.id,
    type: row.type,
    text: row.text,
    createdAt: new Date(row.createdAt).toISOString(),
    actorId: row.actorId ?? null,
    threadId: row.threadId ?? null,
    postId: row.postId ?? null,
    practiceId: row.practiceId ?? null,
    twinningId: row.twinningId ?? null,
    documentId: row.documentId ?? null,
    needId: row.needId ?? null,
    adoptionId: row.adoptionId ?? null,
    eventId: row.eventId ?? null,
    callId: row.callId ?? null,
  };
}

/**
 * Pushes committed changes to connected sockets. Callers schedule these calls with
 * `uow.afterCommit`, so a push never describes a row that could still roll back.
 * With the Redis adapter the rooms span every instance.
 */
@Injectable()
export class RealtimeService {
  private server: RealtimeServer | null = null;
  /** The `flags:open` push under way on this instance, and whether a change came in since it read the count. */
  private flagsPush: Promise<void> | null = null;
  private flagsChangedSinceRead = false;

  /** Members with sockets on this instance whose unread count changed since the push under way read it. */
  private readonly unreadStale = new Set<string>();
  private unreadPush: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly flags: FlagService,
    private readonly config: AppConfig,
  ) {}

  attach(server: RealtimeServer): void {
    this.server = server;
    server.on('unread:changed', (memberIds) => void this.safely(() => this.pushUnread(memberIds))());
  }

  /** `notification` to each recipient's room, then `unread` with its fresh count. */
  async notificationsCreated(rows: NotificationEntity[]): Promise<void> {
    const server = this.server;
    if (!server || !rows.length) return;
    for (const row of rows) server.to(memberRoom(row.recipientId)).emit('notification', toNotificationPayload(row));
    await this.unreadChanged([...new Set(rows.map((r) => r.recipientId))]);
  }

  /**
   * `unread` with the current count of each member, as `unreadNotificationCount` counts. Each
   * instance counts for the members with sockets on it (the others are told over Redis), so a
   * change for members nobody is connected as costs no query.
   */
  async unreadChanged(memberIds: string[]): Promise<void> {
    const server = this.server;
    if (!server || !memberIds.length) return;
    if (this.config.redisUrl) server.serverSideEmit('unread:changed', memberIds);
    await this.pushUnread(memberIds);
  }

  /**
   * Counts (one query) and pushes to this instance's sockets. Changes that come in while a count
   * is under way wait for it and share the next one, which reads after them: the last count a
   * socket gets is never older than the last change, and a burst of replies costs a few counts,
   * not one per reply and recipient.
   */
  private pushUnread(memberIds: string[]): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    const rooms = server.of('/').adapter.rooms;
    for (const id of memberIds) if (rooms.has(memberRoom(id))) this.unreadStale.add(id);
    if (!this.unreadStale.size) return this.unreadPush ?? Promise.resolve();
    this.unreadPush ??= (async () => {
      try {
        while (this.unreadStale.size) {
          const ids = [...this.unreadStale];
          this.unreadStale.clear();
          const rows = await countUnreadOfMembers(this.dataSource, ids);
          for (const row of rows) server.local.to(memberRoom(row.id)).emit('unread', { count: row.count });
        }
      } finally {
        this.unreadPush = null;
      }
    })();
    return this.unreadPush;
  }

  /** How many API instances share the rooms (1 without Redis; with Redis, the subscribers of its channel). */
  async instanceCount(): Promise<number> {
    return this.server ? this.server.of('/').adapter.serverCount() : 0;
  }

  /** `unread` to the members with unread notifications about a thread, a post or a practice whose visibility changed. */
  async visibilityChanged(threadIds: string[], postIds: string[], practiceIds: string[] = []): Promise<void> {
    if (!this.server || (!threadIds.length && !postIds.length && !practiceIds.length)) return;
    await this.unreadChanged(await recipientsOfUnreadAbout(this.dataSource, threadIds, postIds, practiceIds));
  }

  /**
   * `flags:open` with the number of OPEN flags to the moderators' room. Calls that overlap on
   * this instance share one push and at most one more read after it, so the last count sent
   * was read after the last change, and counts are never sent out of order.
   */
  openFlagsChanged(): Promise<void> {
    if (!this.server) return Promise.resolve();
    this.flagsChangedSinceRead = true;
    this.flagsPush ??= (async () => {
      try {
        while (this.flagsChangedSinceRead) {
          this.flagsChangedSinceRead = false;
          const count = await this.flags.countOpen();
          this.server?.to(MODERATORS_ROOM).emit('flags:open', { count });
        }
      } finally {
        this.flagsPush = null;
      }
    })();
    return this.flagsPush;
  }

  /**
   * A member's role changed: its sockets, on every instance, join the moderators' room when it now
   * moderates and leave it otherwise (a demoted moderator hears no more `flags:open`).
   */
  roleChanged(memberId: string, moderates: boolean): void {
    const sockets = this.server?.in(memberRoom(memberId));
    if (moderates) sockets?.socketsJoin(MODERATORS_ROOM);
    else sockets?.socketsLeave(MODERATORS_ROOM);
  }

  /** Closes every socket of the member, on every instance. */
  disconnectMember(memberId: string): void {
    this.server?.in(memberRoom(memberId)).disconnectSockets(true);
  }

  /** Closes the member's sockets, on every instance, opened with a token of a version below `tokenVersion`. */
  async disconnectTokensBefore(memberId: string, tokenVersion: number): Promise<void> {
    const sockets = (await this.server?.in(memberRoom(memberId)).fetchSockets()) ?? [];
    for (const socket of sockets) if (socket.data.tokenVersion < tokenVersion) socket.disconnect(true);
  }

  /**
   * `post:created` to the sockets watching the thread whose member may still see the post
   * (checked now, not when they started watching: a thread hidden or a moderator demoted since
   * counts). A visible post goes to the whole room after one query. A hidden one (only
   * moderators see it) goes to the room except the rooms of the members who may not: the
   * room's sockets are fetched from every instance and one query picks the moderators among them.
   */
  async postCreated(payload: PostCreatedPayload): Promise<void> {
    const server = this.server;
    if (!server) return;
    const room = threadRoom(payload.threadId);
    const seenByAll = await postSeenByAll(this.dataSource, payload.postId);
    if (seenByAll === null) return;
    if (seenByAll) {
      server.to(room).emit('post:created', payload);
      return;
    }
    const watchers = [...new Set((await server.in(room).fetchSockets()).map((s) => s.data.memberId))];
    if (!watchers.length) return;
    const allowed = new Set(await membersSeeingPost(this.dataSource, watchers, payload.postId));
    if (!allowed.size) return;
    const blind = watchers.filter((id) => !allowed.has(id)).map(memberRoom);
    server.to(room).except(blind).emit('post:created', payload);
  }

  /** Swallows push failures: the rows are committed, clients re-read the inbox. */
  safely(work: () => Promise<void> | void): () => Promise<void> {
    return async () => {
      try {
        await work();
      } catch (err) {
        rootLogger.warn({ err }, 'realtime push failed');
      }
    };
  }
}
