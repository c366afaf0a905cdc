// The `needs` suite: the ranking of the labelled set of needs (precision@5, MRR) on the demo
// catalogue, and the coverage map on ten times the demo's practices, adoptions, needs and twinnings.
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { gql, log, ROOT, startApi } from '../scripts/lib/harness.mjs';
import { QUICK, timeCalls } from './lib.mjs';

const MATCH = `query ($text: String!, $themes: [Theme!], $administrationId: ID, $first: Int) {
  matchPractices(text: $text, themes: $themes, administrationId: $administrationId, first: $first) { score practice { id } } }`;
const COVERAGE = `query ($c: Boolean) { coverage(convergenceOnly: $c) { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings } }`;

/** The floors of test/needs/labelled-set.e2e-spec.ts. */
export const RANKING_FLOOR = { precisionAt5: 0.8, mrr: 0.95 };

const built = (name) => pathToFileURL(execSync(`find ${join(ROOT, 'dist')} -path '*${name}' | head -1`).toString().trim()).href;

/** Loads the demo community into the bench database with the built seed (`npm run seed:demo`'s entry). */
function seedDemo(env) {
  const seeded = spawnSync(process.execPath, [join(ROOT, 'dist/apps/api/src/seed/run-seed.js')], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`demo seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
}

/** Nine more copies of every practice, adoption, need and twinning of the demo (same administrations): ten times the data. */
export async function multiplyTenfold(db) {
  const copy = (id) => `md5(${id}::text || '-' || k)::uuid`;
  await db.query(`
    INSERT INTO practice ("id", "slug", "title", "summary", "description", "descriptionHtml", "themes", "offeringAdministrationId", "year", "status", "createdAt", "updatedAt")
    SELECT ${copy('p."id"')}, p."slug" || '-copia-' || k, p."title", p."summary", p."description", p."descriptionHtml", p."themes",
           p."offeringAdministrationId", p."year", p."status", p."createdAt", p."updatedAt"
      FROM practice p, generate_series(1, 9) k WHERE p."slug" NOT LIKE '%-copia-%'`);
  await db.query(`
    INSERT INTO adoption ("id", "practiceId", "administrationId", "stage", "verifiedById", "verifiedAt", "createdAt", "updatedAt")
    SELECT ${copy('a."id"')}, ${copy('a."practiceId"')}, a."administrationId", a."stage", a."verifiedById", a."verifiedAt", a."createdAt", a."updatedAt"
      FROM adoption a, generate_series(1, 9) k`);
  await db.query(`
    INSERT INTO need ("id", "administrationId", "authorId", "title", "description", "descriptionHtml", "themes", "status", "createdAt")
    SELECT ${copy('n."id"')}, n."administrationId", n."authorId", n."title", n."description", n."descriptionHtml", n."themes", n."status", n."createdAt"
      FROM need n, generate_series(1, 9) k`);
  await db.query(`
    INSERT INTO twinning ("id", "practiceId", "offeringAdministrationId", "proposedById", "status", "objectives", "budgetEuro", "startDate", "endDate", "createdAt", "updatedAt")
    SELECT ${copy('w."id"')}, ${copy('w."practiceId"')}, w."offeringAdministrationId", w."proposedById", w."status", w."objectives", w."budgetEuro",
           w."startDate", w."endDate", w."createdAt", w."updatedAt"
      FROM twinning w, generate_series(1, 9) k`);
  await db.query(`
    INSERT INTO twinning_receiving_administration ("twinningId", "administrationId", "position")
    SELECT ${copy('r."twinningId"')}, r."administrationId", r."position" FROM twinning_receiving_administration r, generate_series(1, 9) k`);
  await db.query('VACUUM ANALYZE');
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM practice)::int AS practices, (SELECT count(*) FROM adoption)::int AS adoptions,
    (SELECT count(*) FROM need)::int AS needs, (SELECT count(*) FROM twinning)::int AS twinnings`);
  return rows[0];
}

/**
 * The suite runs on a database of its own in the bench's server, with the demo alone in it (the other
 * suites' generated threads and practices would join the catalogue being ranked and slow the seed),
 * and an API instance of its own on that database.
 */
export async function needsSuite(ctx, row) {
  await ctx.db.query('DROP DATABASE IF EXISTS hub_needs');
  await ctx.db.query('CREATE DATABASE hub_needs');
  const dbUrl = ctx.dbUrl.replace(/\/[^/?]+(\?.*)?$/, '/hub_needs$1');
  const secret = 'segreto-del-seed-del-benchmark-lungo-abbastanza';
  seedDemo({ DATABASE_URL: dbUrl, JWT_SECRET: secret });
  const api = await startApi({ NODE_ENV: 'production', DATABASE_URL: dbUrl, JWT_SECRET: secret, RATE_LIMIT_SEARCH: '1000000/60' });
  const db = new pg.Pool({ connectionString: dbUrl, max: 2 });
  try {
    await rankAndCover({ api, db }, row);
  } finally {
    await db.end();
    api.child.kill('SIGTERM');
  }
}

async function rankAndCover(ctx, row) {
  const { demoPractices } = await import(built('apps/api/src/seed/practices.seed.js'));
  const { demoId } = await import(built('apps/api/src/seed/demo-ids.js'));
  const { needs } = JSON.parse(readFileSync(join(ROOT, 'test/needs/labelled-needs.json'), 'utf8'));
  const practices = demoPractices().filter((p) => p.row.status === 'PUBLISHED');

  let precision = 0;
  let reciprocal = 0;
  const variables = [];
  for (const need of needs) {
    const relevant = new Set(practices.filter((p) => need.relevant.includes(p.templateKey)).map((p) => p.row.id));
    const v = { text: `${need.title}\n${need.description}`, themes: need.themes, administrationId: demoId('administration', need.administration), first: 10 };
    variables.push(v);
    const res = await gql(ctx.api.baseUrl, null, MATCH, v);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const ranked = res.data.matchPractices.map((m) => m.practice.id);
    const first = ranked.findIndex((id) => relevant.has(id));
    precision += ranked.slice(0, 5).filter((id) => relevant.has(id)).length / 5;
    reciprocal += first < 0 ? 0 : 1 / (first + 1);
  }
  const p5 = precision / needs.length;
  const mrr = reciprocal / needs.length;
  row('needs', `labelled set (${needs.length} needs): precision@5`, p5, null, `>= ${RANKING_FLOOR.precisionAt5}`, p5 >= RANKING_FLOOR.precisionAt5);
  row('needs', `labelled set (${needs.length} needs): MRR`, mrr, null, `>= ${RANKING_FLOOR.mrr}`, mrr >= RANKING_FLOOR.mrr);
  const n = QUICK ? 30 : 90;
  const matching = await timeCalls((i) => gql(ctx.api.baseUrl, null, MATCH, variables[i % variables.length]), n);
  row('needs', 'matchPractices p95 (demo catalogue)', matching.p95, null, 'info', null, ' ms');

  const counts = await multiplyTenfold(ctx.db);
  log(`needs: 10x demo data: ${counts.practices} practices, ${counts.adoptions} adoptions, ${counts.needs} needs, ${counts.twinnings} twinnings`);
  const { coverageCells } = await import(built('libs/reuse/src/coverage/coverage.queries.js'));
  const { Region, Theme } = await import(built('libs/members/src/enums.js'));
  const pgQueryable = { query: async (sql, params) => (await ctx.db.query(sql, params)).rows };
  const direct = await timeCalls(() => coverageCells(pgQueryable, Object.values(Region), Object.values(Theme)), n);
  const api = await timeCalls(() => gql(ctx.api.baseUrl, null, COVERAGE, { c: false }), n);
  row('needs', 'coverage statement p95 on 10x the demo data', direct.p95, null, '< 50 ms', direct.p95 < 50, ' ms');
  row('needs', 'coverage through GraphQL p95 on 10x the demo data', api.p95, direct.p95, 'info', null, ' ms');
}
