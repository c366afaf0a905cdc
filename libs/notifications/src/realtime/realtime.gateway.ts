import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { DataSource } from 'typeorm';
import { DomainError, MemberStatus, rootLogger, ViewerContext } from '@app/core';
import { ViewerService } from '@app/members';
import { FollowTargets } from '../follow/follow-targets.js';
import { RealtimeServer, RealtimeService, RealtimeSocket } from './realtime.service.js';
import { Ack, memberRoom, threadRoom } from './socket-events.js';

function tokenOf(socket: { handshake: { auth?: Record<string, unknown> } }): string | null {
  const token = socket.handshake.auth?.token;
  return typeof token === 'string' ? token : null;
}

function failure(err: unknown): Ack {
  if (err instanceof DomainError) return { ok: false, code: err.code };
  rootLogger.error({ err }, 'socket handler failed');
  return { ok: false, code: 'INTERNAL' };
}

/**
 * The socket.io endpoint (`/socket.io`). The JWT is checked at the handshake; each
 * member's sockets share a room named after the member, and readers of a thread join
 * that thread's room. Handlers are plain socket listeners (no per-socket observables),
 * which keeps an idle connection small.
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit {
  constructor(
    private readonly viewers: ViewerService,
    private readonly realtime: RealtimeService,
    private readonly targets: FollowTargets,
    private readonly dataSource: DataSource,
  ) {}

  afterInit(server: RealtimeServer): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      this.viewers
        .fromToken(tokenOf(socket))
        .then((viewer) => {
          if (!viewer.memberId || viewer.status !== MemberStatus.ACTIVE) return next(new Error('UNAUTHENTICATED'));
          socket.data.memberId = viewer.memberId;
          next();
        })
        .catch((err) => {
          rootLogger.error({ err }, 'socket authentication failed');
          next(new Error('INTERNAL'));
        });
    });
    server.on('connection', (socket) => this.onConnection(socket));
  }

  private onConnection(socket: RealtimeSocket): void {
    const memberId = socket.data.memberId;
    void socket.join(memberRoom(memberId));
    this.touchVisit(memberId);

    socket.on('thread:watch', (payload, ack) => {
      void this.acknowledge(ack, async () => {
        const threadId = payload?.threadId;
        await this.targets.assertThreadVisible(await this.currentViewer(socket), threadId);
        await socket.join(threadRoom(threadId));
      });
    });
    socket.on('thread:unwatch', (payload, ack) => {
      void this.acknowledge(ack, async () => {
        if (typeof payload?.threadId === 'string') await socket.leave(threadRoom(payload.threadId));
      });
    });
  }

  private async acknowledge(ack: unknown, work: () => Promise<void>): Promise<void> {
    let result: Ack;
    try {
      await work();
      result = { ok: true };
    } catch (err) {
      result = failure(err);
    }
    if (typeof ack === 'function') ack(result);
  }

  /** The member's current role and status (a suspension or a token expiry since the handshake counts). */
  private async currentViewer(socket: RealtimeSocket): Promise<ViewerContext> {
    const viewer = await this.viewers.fromToken(tokenOf(socket));
    if (!viewer.memberId || viewer.status !== MemberStatus.ACTIVE) {
      return ViewerContext.anonymous();
    }
    return viewer;
  }

  /**
   * A connection is a visit: after an hour away the last visit becomes the previous one
   * (the digest's default start). Skipped within five minutes, so reconnections write nothing.
   */
  private touchVisit(memberId: string): void {
    this.dataSource
      .query(
        `UPDATE member SET
           "previousSeenAt" = CASE WHEN "lastSeenAt" IS NULL OR "lastSeenAt" < now() - interval '1 hour'
                                   THEN "lastSeenAt" ELSE "previousSeenAt" END,
           "lastSeenAt" = now()
         WHERE "id" = $1 AND ("lastSeenAt" IS NULL OR "lastSeenAt" < now() - interval '5 minutes')`,
        [memberId],
      )
      .catch((err) => rootLogger.warn({ err }, 'could not record the visit'));
  }
}
