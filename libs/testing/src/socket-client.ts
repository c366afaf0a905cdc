import { io, Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@app/notifications';

export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventName = keyof ServerToClientEvents;
type PayloadOf<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * A real socket.io client of the API that records every server event it receives,
 * so a test can wait for one or assert that none arrived.
 */
export class SocketClient {
  readonly received: { [E in EventName]: PayloadOf<E>[] } = { notification: [], unread: [], 'post:created': [], 'flags:open': [] };
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: HubSocket) {
    for (const event of Object.keys(this.received) as EventName[]) {
      socket.on(event, ((payload: never) => {
        (this.received[event] as unknown[]).push(payload);
        for (const wake of this.waiters.splice(0)) wake();
      }) as never);
    }
  }

  /** Connects with the member's token (websocket transport); rejects with the connect_error message. */
  static async connect(
    baseUrl: string,
    actor: { token: string } | null,
    options: { transports?: string[]; headers?: Record<string, string> } = {},
  ): Promise<SocketClient> {
    const socket: HubSocket = io(baseUrl, {
      path: '/socket.io',
      auth: actor ? { token: actor.token } : {},
      transports: options.transports ?? ['websocket'],
      extraHeaders: options.headers,
      reconnection: false,
      forceNew: true,
    });
    const client = new SocketClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => {
        socket.close();
        reject(err);
      });
    });
    return client;
  }

  /** The first received event (past or future) matching `match`; rejects after `timeoutMs`. */
  async waitFor<E extends EventName>(event: E, match: (p: PayloadOf<E>) => boolean = () => true, timeoutMs = 5000): Promise<PayloadOf<E>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.received[event] as PayloadOf<E>[]).find(match);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`nessun evento ${event} entro ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a client event and resolves with the server's acknowledgement. */
  request<E extends keyof ClientToServerEvents>(event: E, payload: Parameters<ClientToServerEvents[E]>[0]): Promise<Ack> {
    const timed = this.socket.timeout(5000);
    return (timed.emitWithAck as (event: string, payload: unknown) => Promise<Ack>).call(timed, event, payload);
  }

  close(): void {
    this.socket.close();
  }
}

/** Lets in-flight pushes arrive before asserting that something was not received. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The sockets one test file opens against its app, closed together when the file ends. */
export class SocketPool {
  private readonly open: SocketClient[] = [];

  /** `baseUrl` is read at each connection: the app starts after the pool is made. */
  constructor(private readonly baseUrl: () => string) {}

  async connect(actor: { token: string }): Promise<SocketClient> {
    const socket = await SocketClient.connect(this.baseUrl(), actor);
    this.open.push(socket);
    return socket;
  }

  closeAll(): void {
    this.open.forEach((s) => s.close());
  }
}
