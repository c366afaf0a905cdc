import { OnApplicationShutdown } from '@nestjs/common';
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

/** What an authenticated socket keeps of its handshake's `auth`: nothing (frozen, shared by all). */
const NO_AUTH: Record<string, never> = Object.freeze({});

/** How often the sockets whose token expired are looked for and closed. */
const EXPIRY_SWEEP_MS = 1000;

type AnyListener = (...args: unknown[]) => void;

/**
 * socket.io keeps a socket's catch-all listeners in `_anyListeners`, an array it only reads when
 * an event arrives (`onAny`/`offAny` write it). `onAny` would give each socket an array of its
 * own (about 180 bytes, with its spare room); every socket here gets the same frozen one, and
 * the gateway never calls `onAny` (which would throw on the frozen array rather than reach
 * every socket).
 */
interface CatchAllListeners {
  _anyListeners?: readonly AnyListener[];
}

function failure(err: unknown): Ack {
  if (err instanceof DomainError) return { ok: false, code: err.code };
  rootLogger.error({ err }, 'socket handler failed');
  return { ok: false, code: 'INTERNAL' };
}

/**
 * The socket.io endpoint (`/socket.io`). The JWT is checked at the handshake and the
 * socket is closed when it expires (and, by the listener, when its member is suspended);
 * each member's sockets share a room named after the member, and readers of a thread join
 * that thread's room. An idle connection holds only what socket.io needs and its data: one
 * catch-all listener shared by every socket (no per-socket arrays, observables or closures),
 * the event limit counts in the socket's data, and one sweep a second closes the
 * sockets whose token expired (no timer per socket).
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnApplicationShutdown {
  private catchAll: readonly AnyListener[] = Object.freeze([]);
  private expirySweep: NodeJS.Timeout | null = null;

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
    this.catchAll = Object.freeze([this.catchAllListener() as AnyListener]);
    this.expirySweep = setInterval(() => this.closeExpired(server), EXPIRY_SWEEP_MS);
    this.expirySweep.unref();
    server.use((socket, next) => {
      const { limit, windowSeconds } = this.config.rateLimitSocketHandshakes;
      this.rateLimits
        .increment(`socket-handshakes:${addressOf(socket)}`, windowSeconds * 1000, limit)
        .then(async (attempts) => {
          if (attempts.isBlocked) return next(new Error('RATE_LIMITED'));
          const token = tokenOf(socket);
          const verified = this.tokens.verifyWithVersion(token);
          const viewer = verified ? await this.viewers.ofVerifiedToken(verified) : null;
          if (!verified || !viewer?.memberId || viewer.status !== MemberStatus.ACTIVE) return next(new Error('UNAUTHENTICATED'));
          socket.data.memberId = viewer.memberId;
          socket.data.tokenVersion = verified.version;
          socket.data.expiresAt = this.tokens.expiresAt(token);
          socket.data.moderator = viewer.canModerate;
          // The token has given what the socket needs: the connection does not keep the bearer credential.
          socket.handshake.auth = NO_AUTH;
          next();
        })
        .catch((err) => {
          rootLogger.error({ err }, 'socket authentication failed');
          next(new Error('INTERNAL'));
        });
    });
    server.on('connection', (socket) => this.onConnection(socket));
  }

  onApplicationShutdown(): void {
    if (this.expirySweep) clearInterval(this.expirySweep);
    this.expirySweep = null;
  }

  private onConnection(socket: RealtimeSocket): void {
    const memberId = socket.data.memberId;
    void socket.join(memberRoom(memberId));
    if (socket.data.moderator) void this.joinModerators(socket);
    this.touchVisit(memberId);
    (socket as unknown as CatchAllListeners)._anyListeners = this.catchAll;
  }

  /**
   * The catch-all listener of every socket, made once. socket.io calls it with the socket as
   * `this`, the event's name first (and the client's acknowledgement last, when it asked for one).
   * It counts the event, then handles the two a client sends (`thread:watch`, `thread:unwatch`;
   * any other is dropped). A socket that sends more than the allowed events in a window (default
   * 100 in 10 s) is disconnected: the event that passes the limit, and any after it, is not handled.
   */
  private catchAllListener(): (this: RealtimeSocket, event: string, payload?: { threadId?: unknown }, ack?: unknown) => void {
    const gateway = this;
    const { limit, windowSeconds } = this.config.rateLimitSocketEvents;
    return function onEvent(event, payload, ack) {
      const data = this.data;
      const now = Date.now();
      // Set on the first event: an idle socket holds no counter.
      if (data.eventWindowStart === undefined || now - data.eventWindowStart >= windowSeconds * 1000) {
        data.eventWindowStart = now;
        data.events = 0;
      }
      if (++data.events! > limit) {
        rootLogger.warn({ memberId: data.memberId, events: data.events }, 'socket disconnected: too many events');
        this.disconnect(true);
        return;
      }
      if (event === 'thread:watch') {
        void gateway.acknowledge(ack, async () => {
          const threadId = payload?.threadId;
          await gateway.targets.assertThreadVisible(await gateway.currentViewer(this), threadId);
          await this.join(threadRoom(threadId as string));
        });
      } else if (event === 'thread:unwatch') {
        void gateway.acknowledge(ack, async () => {
          if (typeof payload?.threadId === 'string') await this.leave(threadRoom(payload.threadId));
        });
      }
    };
  }

  /** Closes this instance's sockets whose token has expired: what a socket receives is what its token grants. */
  private closeExpired(server: RealtimeServer): void {
    const now = Date.now();
    for (const socket of server.sockets.sockets.values()) {
      const expiresAt = socket.data.expiresAt;
      if (expiresAt != null && expiresAt <= now) {
        rootLogger.debug({ memberId: socket.data.memberId }, 'socket disconnected: token expired');
        socket.disconnect(true);
      }
    }
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

  /**
   * The member's current role and status, from what the socket kept of its token (a suspension,
   * a password change or the token's expiry since the handshake counts).
   */
  private async currentViewer(socket: RealtimeSocket): Promise<ViewerContext> {
    const { memberId, tokenVersion, expiresAt } = socket.data;
    if (expiresAt !== null && expiresAt <= Date.now()) return ViewerContext.anonymous();
    const viewer = await this.viewers.ofVerifiedToken({ memberId, version: tokenVersion });
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
