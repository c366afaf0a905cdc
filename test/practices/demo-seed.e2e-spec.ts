import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher, Theme } from '@app/members';
import { PracticeContactEntity, PracticeEntity, PracticeUpdateEntity, TwinningEntity, TwinningStatusChangeEntity } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';
import { membersSeed } from '../../apps/api/src/seed/members.seed.js';
import { practicesSeed } from '../../apps/api/src/seed/practices.seed.js';

describe('demo seed: practices and twinnings', () => {
  let t: TestApp;
  const log: string[] = [];

  async function runSteps() {
    const hasher = t.app.get(PasswordHasher);
    for (const step of [membersSeed, practicesSeed]) {
      await t.dataSource.transaction((em) => step.run({ em, hasher, log: (m) => log.push(m) }));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    await runSteps();
  });
  afterAll(() => t.close());

  it('publishes at least 130 practices over all six themes and many administrations', async () => {
    const [{ published, administrations }] = await t.dataSource.query(
      `SELECT count(*)::int AS published, count(DISTINCT "offeringAdministrationId")::int AS administrations FROM practice WHERE status = 'PUBLISHED'`,
    );
    expect(published).toBeGreaterThanOrEqual(130);
    expect(administrations).toBeGreaterThanOrEqual(30);
    const themes = await t.dataSource.query(`SELECT DISTINCT unnest(themes) AS theme FROM practice WHERE status = 'PUBLISHED'`);
    expect(themes.map((r: { theme: string }) => r.theme).sort()).toEqual(Object.values(Theme).sort());
    const [{ foreign, convergence }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE a.country <> 'IT')::int AS foreign,
              count(*) FILTER (WHERE a.region IN ('CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA'))::int AS convergence
         FROM practice p JOIN administration a ON a.id = p."offeringAdministrationId"`,
    );
    expect(foreign).toBeGreaterThan(0);
    expect(convergence).toBeGreaterThan(0);
  });

  it('gives every practice a unique slug, contacts among the members and a consistent changelog', async () => {
    const [{ slugs, total }] = await t.dataSource.query(`SELECT count(DISTINCT slug)::int AS slugs, count(*)::int AS total FROM practice`);
    expect(slugs).toBe(total);
    const [{ without }] = await t.dataSource.query(
      `SELECT count(*)::int AS without FROM practice p WHERE NOT EXISTS (SELECT 1 FROM practice_contact c WHERE c."practiceId" = p.id)`,
    );
    expect(without).toBe(0);
    expect(await t.count(PracticeUpdateEntity)).toBeGreaterThan(5);
    const [{ inconsistent }] = await t.dataSource.query(
      `SELECT count(*)::int AS inconsistent FROM practice p
        WHERE p.version <> 1 + (SELECT count(*) FROM practice_update u WHERE u."practiceId" = p.id)`,
    );
    expect(inconsistent).toBe(0);
  });

  it('holds twinnings in every status, each with a history that ends in its status', async () => {
    const statuses = await t.dataSource.query(`SELECT status, count(*)::int AS n FROM twinning GROUP BY status ORDER BY status`);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(['ACTIVE', 'APPROVED', 'CANCELLED', 'COMPLETED', 'PROPOSED']);
    const res = await t.gql(null, `{ twinnings(first: 20) { totalCount nodes { status offering { id } receiving { id convergence } history { from to by { id } } } } }`);
    expect(res.errors).toBeUndefined();
    for (const twinning of res.data.twinnings.nodes) {
      expect(twinning.history[0].from).toBeNull();
      expect(twinning.history.at(-1).to).toBe(twinning.status);
      expect(twinning.receiving.length).toBeGreaterThan(0);
      for (const receiving of twinning.receiving) {
        expect(receiving.convergence).toBe(true);
        expect(receiving.id).not.toBe(twinning.offering.id);
      }
    }
  });

  it('finds demo practices through the Italian full-text filter', async () => {
    const res = await t.gql(null, `{ practices(filter: { query: "sportello unico attivita produttive" }, first: 5) { totalCount nodes { title } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.practices.totalCount).toBeGreaterThan(0);
    expect(res.data.practices.nodes[0].title).toMatch(/SUAP|[Ss]portello unico/);
  });

  it('writes the same rows when run again', async () => {
    const counts = async () => [
      await t.count(PracticeEntity),
      await t.count(PracticeContactEntity),
      await t.count(PracticeUpdateEntity),
      await t.count(TwinningEntity),
      await t.count(TwinningStatusChangeEntity),
    ];
    const before = await counts();
    const snapshot = () =>
      t.dataSource.query(
        `SELECT id, slug, title, version, "updatedAt" FROM practice
          UNION ALL SELECT id, status, objectives, "budgetEuro", "updatedAt" FROM twinning ORDER BY 1`,
      );
    const rows = await snapshot();
    await runSteps();
    expect(await counts()).toEqual(before);
    expect(await snapshot()).toEqual(rows);
  });
});
