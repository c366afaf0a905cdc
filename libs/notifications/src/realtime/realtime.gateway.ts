import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { AppConfig, DomainError, MemberStatus, RateLimitStore, rootLogger, TokenService, ViewerContext } from '@app/core';
import { MemberService, ViewerService } from '@app/members';
import { FollowTargets } from '../follow/follow-targets.js';
import { RealtimeServer, RealtimeService, RealtimeSocket } from './realtime.service.js';
import { Ack, memberRoom, MODERATORS_ROOM, threadRoom } from './socket-events.js';

function tokenOf(socket: { handshake: { auth?: Record<string, unknown> } }): string | null {
  const token = socket.handshake.auth?.token;
  return typeof token === 'string' ? token : null;
}

/** The client's address; behind a proxy on loopback, the first X-Forwarded-For hop (as Express is set up). */
function addressOf(socket: { handshake: { address: string; headers: Record<string, string | string[] | undefined> } }): string {
  const forwarded = socket.handshake.headers['x-forwarded-for'];
  const loopback = /^(::1|127\.|::ffff:127\.)/.test(socket.handshake.address);
  if (loopback && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',').pop()!.trim();
  return socket.handshake.address;
}

/** The longest delay setTimeout takes (about 24.8 days); a later expiry re-arms the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function failure(err: unknown): Ack {
  if (err instanceof DomainError) return { ok: false, code: err.code };
  rootLogger.error({ err }, 'socket handler failed');
  return { ok: false, code: 'INTERNAL' };
}

/**
 * The socket.io endpoint (`/socket.io`). The JWT is checked at the handshake and the
 * socket is closed when it expires (and, by the listener, when its member is suspended);
 * each member's sockets share a room named after the member, and readers of a thread join
 * that thread's room. Handlers are plain socket listeners (no per-socket observables),
 * which keeps an idle connection small.
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit {
  constructor(
    private readonly viewers: ViewerService,
    private readonly tokens: TokenService,
    private readonly realtime: RealtimeService,
    private readonly targets: FollowTargets,
    private readonly rateLimits: RateLimitStore,
    private readonly config: AppConfig,
    private readonly members: MemberService,
  ) {}

  afterInit(server: RealtimeServer): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      const { limit, windowSeconds } = this.config.rateLimitSocketHandshakes;
      this.rateLimits
        .increment(`socket-handshakes:${addressOf(socket)}`, windowSeconds * 1000, limit)
        .then((attempts) => (attempts.isBlocked ? null : this.viewers.fromToken(tokenOf(socket))))
        .then((viewer) => {
          if (!viewer) return next(new Error('RATE_LIMITED'));
          if (!viewer.memberId || viewer.status !== MemberStatus.ACTIVE) return next(new Error('UNAUTHENTICATED'));
          socket.data.memberId = viewer.memberId;
          socket.data.expiresAt = this.tokens.expiresAt(tokenOf(socket));
          socket.data.moderator = viewer.canModerate;
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
    if (socket.data.moderator) void this.joinModerators(socket);
    this.closeAtExpiry(socket);
    this.touchVisit(memberId);
    this.limitEvents(socket);

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

  /**
   * Joins the moderators' room, then reads the role again: a demotion committed since the
   * handshake, whose leave order may have gone out before this join, still takes the socket out.
   */
  private async joinModerators(socket: RealtimeSocket): Promise<void> {
    try {
      await socket.join(MODERATORS_ROOM);
      if (!(await this.currentViewer(socket)).canModerate) await socket.leave(MODERATORS_ROOM);
    } catch (err) {
      rootLogger.warn({ err }, 'could not check the moderator role of a socket');
      await socket.leave(MODERATORS_ROOM);
    }
  }

  /** Closes the socket when its token expires: what it receives is what the token grants. */
  private closeAtExpiry(socket: RealtimeSocket): void {
    const expiresAt = socket.data.expiresAt;
    if (expiresAt == null) return;
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) {
        rootLogger.debug({ memberId: socket.data.memberId }, 'socket disconnected: token expired');
        socket.disconnect(true);
        return;
      }
      timer = setTimeout(check, Math.min(left, MAX_TIMER_MS));
      timer.unref();
    };
    socket.once('disconnect', () => clearTimeout(timer));
    check();
  }

  /** A socket that sends more than the allowed events in a window (default 100 in 10 s) is disconnected. */
  private limitEvents(socket: RealtimeSocket): void {
    const { limit, windowSeconds } = this.config.rateLimitSocketEvents;
    let windowStart = Date.now();
    let events = 0;
    socket.use((_packet, next) => {
      const now = Date.now();
      if (now - windowStart >= windowSeconds * 1000) {
        windowStart = now;
        events = 0;
      }
      if (++events > limit) {
        rootLogger.warn({ memberId: socket.data.memberId, events }, 'socket disconnected: too many events');
        socket.disconnect(true);
        return;
      }
      next();
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

  /** A connection is a visit (MemberService.recordVisit). */
  private touchVisit(memberId: string): void {
    this.members.recordVisit(memberId).catch((err) => rootLogger.warn({ err }, 'could not record the visit'));
  }
}
