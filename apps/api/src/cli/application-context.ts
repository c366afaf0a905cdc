import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, rootLogger, setLogLevel, startEmbeddedPostgres } from '@app/core';
import { AppModule } from '../app.module.js';

/**
 * Runs a command-line task inside the application (no HTTP server) on the configured database,
 * the embedded one by default, and exits 1 with the reason when it fails.
 */
export function runWithApplication(name: string, work: (app: INestApplicationContext) => Promise<void>): void {
  const main = async () => {
    const config = loadConfig(process.env);
    setLogLevel(config.logLevel === 'info' ? 'warn' : config.logLevel);
    const embedded = config.databaseUrl
      ? undefined
      : await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPgPort, database: 'hub' });
    if (embedded) config.databaseUrl = embedded.url;
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
    try {
      await work(app);
    } finally {
      await app.close();
      await embedded?.stop();
    }
  };
  main().catch((err) => {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else rootLogger.fatal({ err }, `${name} failed`);
    process.exit(1);
  });
}
