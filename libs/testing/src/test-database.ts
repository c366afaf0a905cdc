import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '@app/core';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from a template that has every
 * migration applied. The template is named after the migrations it holds and is
 * built once, under an advisory lock, by whichever file needs it first.
 */
export async function createTestDatabase(baseUrl: string): Promise<TestDatabase> {
  const version = createHash('sha1').update(migrations.map((m) => m.name).join(',')).digest('hex').slice(0, 10);
  const template = `hub_template_${version}`;
  const name = `hub_test_${randomBytes(6).toString('hex')}`;

  await admin(baseUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(72150301)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE "${template}"`);
        const ds = new DataSource(dataSourceOptions(withDatabase(baseUrl, template)));
        await ds.initialize();
        try {
          await ds.runMigrations({ transaction: 'all' });
        } catch (err) {
          await ds.destroy();
          await client.query(`DROP DATABASE "${template}"`);
          throw err;
        }
        await ds.destroy();
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(72150301)');
    }
  });

  return {
    url: withDatabase(baseUrl, name),
    drop: () => admin(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined)),
  };
}
