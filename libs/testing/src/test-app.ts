import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral, Logger as TypeOrmLogger } from 'typeorm';
import { AppConfig, loadConfig, runningJob, setLogLevel, TokenService } from '@app/core';
import { PasswordHasher } from '@app/members';
import type { DynamicModule } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from './test-database.js';
import { Seeder } from './seeder.js';

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; [key: string]: unknown };
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** Anything with a token (a seeded member, an AuthPayload) or null for an anonymous call. */
export type Actor = { token: string } | null;

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  seed: Seeder;
  queries: QueryCounter;
  gql<T = any>(actor: Actor, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  count<E extends ObjectLiteral>(entity: EntityTarget<E>, where?: FindOptionsWhere<E>): Promise<number>;
  close(): Promise<void>;
}

/** Counts the SQL statements the app sends (tests of the DataLoader promise: constant per page). */
export class QueryCounter implements TypeOrmLogger {
  private counting = false;
  statements: string[] = [];

  async count(work: () => Promise<unknown>): Promise<number> {
    this.statements = [];
    this.counting = true;
    try {
      await work();
    } finally {
      this.counting = false;
    }
    return this.statements.length;
  }

  logQuery(query: string): void {
    // The jobs' statements (e-mail, notification sweeps, text extraction, schedules that fire
    // meanwhile) belong to no request.
    if (this.counting && !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query) && !runningJob()) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Another instance on the same database (several-instance tests); its owner drops it. */
  database?: TestDatabase;
}

/** The application the tests boot: given by the test set-up (test/setup/application.ts), since libs never import apps. */
export interface ApplicationUnderTest {
  module(config: AppConfig, options: { typeormLogger?: TypeOrmLogger }): DynamicModule;
  configure(app: NestExpressApplication, config: AppConfig): void;
}

let applicationUnderTest: ApplicationUnderTest | undefined;

export function useApplicationUnderTest(application: ApplicationUnderTest): void {
  applicationUnderTest = application;
}

/** Boots the real AppModule on a database cloned from the migrated template, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const baseDbUrl = process.env.TEST_DATABASE_URL;
  if (!baseDbUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  const ownsDatabase = !options.database;
  const database: TestDatabase = options.database ?? (await createTestDatabase(baseDbUrl));
  // Each app its own data directory (the .eml outbox without SMTP_URL), unless the test names one.
  const ownDataDir = options.env?.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'hub-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
    DATABASE_URL: database.url,
    JWT_SECRET: 'segreto-di-prova-per-i-test-lungo-almeno-32-caratteri',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    REDIS_URL: '',
    // Every operation of the tests runs compiled, from its first request.
    GRAPHQL_COMPILE_AFTER: '0',
    ...options.env,
  });
  setLogLevel(config.logLevel);
  const queries = new QueryCounter();
  if (!applicationUnderTest) throw new Error('startTestApp: no application; the test set-up calls useApplicationUnderTest()');
  const { module, configure } = applicationUnderTest;
  const moduleRef = await Test.createTestingModule({ imports: [module(config, { typeormLogger: queries })] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configure(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);

  return {
    app,
    baseUrl,
    config,
    database,
    dataSource,
    queries,
    seed: new Seeder(dataSource, app.get(TokenService), app.get(PasswordHasher)),
    async gql(actor, query, variables, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(actor ? { authorization: `Bearer ${actor.token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return { ...body, status: res.status };
    },
    count(entity, where) {
      return dataSource.getRepository(entity).countBy(where ?? {});
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
