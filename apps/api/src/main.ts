import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigError, EmbeddedDatabase, loadConfig, PinoNestLogger, rootLogger, setLogLevel, startEmbeddedPostgres } from '@app/core';
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { printServedSchema, SCHEMA_FILE } from './graphql/print-schema.js';
import { PasswordHasher } from '@app/members';
import { AppModule } from './app.module.js';
import { seedDemoIfEmpty } from './seed/seed-demo.js';
import { seedFilesOf } from './seed/seed-files.js';
import { configureApp } from './configure-app.js';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  setLogLevel(config.logLevel);

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      database: 'hub',
    });
    config.databaseUrl = embedded.url;
    rootLogger.info({ ms: Date.now() - started, port: config.embeddedPgPort }, 'embedded PostgreSQL ready');
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(),
    bufferLogs: false,
  });
  configureApp(app, config);
  app.enableShutdownHooks();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rootLogger.info({ signal }, 'shutting down');
    try {
      await app.close();
      await embedded?.stop();
    } catch (err) {
      rootLogger.error({ err }, 'error during shutdown');
      process.exit(1);
    }
    process.exit(0);
  };
  // Our own handlers run the embedded database's stop after Nest has closed its pool.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.init();
  if (config.nodeEnv === 'development') {
    try {
      writeFileSync(SCHEMA_FILE, printServedSchema(app.get(GraphQLSchemaHost).schema));
    } catch (err) {
      rootLogger.warn({ err }, 'could not write the printed schema');
    }
  }
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(app.get(DataSource), app.get(PasswordHasher), (m) => rootLogger.info(m), seedFilesOf(app));
    rootLogger.info({ seeded }, seeded ? 'demo community loaded' : 'SEED_DEMO=1 ignored: the community is not empty');
  }
  await app.listen(config.port, config.host);
  // Printed whatever LOG_LEVEL says: scripts and operators wait for this line.
  rootLogger.child({}, { level: 'info' }).info(`listening on http://${config.host}:${config.port} (Node.js ${process.version})`);
}

bootstrap().catch((err) => {
  // The reason in the message too, for whoever reads the log line alone.
  rootLogger.fatal({ err }, `start-up failed: ${err instanceof Error ? err.message : String(err ?? 'no reason given')}`);
  process.exit(1);
});
