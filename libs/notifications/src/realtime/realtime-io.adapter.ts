import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { rootLogger } from '@app/core';

export interface RealtimeAdapterOptions {
  /** With a Redis URL, rooms span every instance connected to that Redis. */
  redisUrl?: string;
  corsOrigin?: string;
}

/**
 * socket.io for the API: no bundled client, CORS as for HTTP, and with REDIS_URL the
 * Redis adapter, so a write on one instance reaches sockets connected to another.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: RealtimeAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      ...(this.options.corsOrigin ? { cors: { origin: this.options.corsOrigin.split(',').map((o) => o.trim()) } } : {}),
    } as ServerOptions);
    if (this.options.redisUrl) {
      const pub = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
      const sub = pub.duplicate();
      for (const client of [pub, sub]) {
        client.on('error', (err) => rootLogger.warn({ err }, 'redis connection error'));
        this.clients.push(client);
      }
      server.adapter(createAdapter(pub, sub));
    }
    return server;
  }

  // Nest builds per-socket observables even for a gateway without message handlers; ours
  // registers plain listeners itself, so an idle connection costs only what socket.io needs.
  override bindMessageHandlers(...args: Parameters<IoAdapter['bindMessageHandlers']>): void {
    if (args[1].length) super.bindMessageHandlers(...args);
  }

  /** Resolves once the Redis clients (if any) are connected and subscribed. */
  async ready(): Promise<void> {
    await Promise.all(
      this.clients.map((c) => (c.status === 'ready' ? undefined : new Promise<void>((resolve) => c.once('ready', () => resolve())))),
    );
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
  }
}
