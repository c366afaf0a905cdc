import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, rootLogger, setLogLevel, startEmbeddedPostgres } from '@app/core';
import { PasswordHasher } from '@app/members';
import { AppModule } from '../app.module.js';
import { seedDemoCommunity } from './seed-demo.js';

/** `npm run seed:demo`: loads the demo community into the configured database (embedded by default). */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  setLogLevel(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPgPort, database: 'hub' });
  if (embedded) config.databaseUrl = embedded.url;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
  try {
    await seedDemoCommunity(app.get(DataSource), app.get(PasswordHasher), (m) => process.stdout.write(`${m}\n`));
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else rootLogger.fatal({ err }, 'seed failed');
  process.exit(1);
});
