import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/** Connection options shared by the app, the tests and the seed script; never synchronize. */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Under a burst of writes serialised on the same rows, requests wait for a connection
    // rather than fail; the health check has its own short timeout.
    extra: { max: 20, connectionTimeoutMillis: 30000, idleTimeoutMillis: 30000 },
  };
}
