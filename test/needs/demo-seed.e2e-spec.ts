import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';
import { COVERAGE } from './operations.js';

const SNAPSHOT = `
  SELECT (SELECT json_agg(n ORDER BY n."id") FROM need n) AS needs,
         (SELECT json_agg(a ORDER BY a."id") FROM adoption a) AS adoptions,
         (SELECT json_agg(c ORDER BY c."id") FROM adoption_stage_change c) AS history`;

describe('demo seed: needs and adoptions', () => {
  let t: TestApp;
  const seed = () => seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined);
  beforeAll(async () => {
    t = await startTestApp();
    await seed();
  });
  afterAll(() => t.close());

  it('publishes needs of Convergence administrations, open and closed, each by a member of its administration', async () => {
    const rows: Array<{ region: string; status: string; ownMember: boolean }> = await t.dataSource.query(
      `SELECT a."region", n."status", (m."administrationId" = n."administrationId") AS "ownMember"
         FROM need n JOIN administration a ON a."id" = n."administrationId" JOIN member m ON m."id" = n."authorId"`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.every((r) => ['CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA'].includes(r.region) && r.ownMember)).toBe(true);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['OPEN', 'CLOSED']));
  });

  it('records adoptions at every stage, some verified by a contact of the practice outside the adopting administration, with a history ending at the stage', async () => {
    const stages: Array<{ stage: string; n: number; verified: number }> = await t.dataSource.query(
      `SELECT "stage", count(*)::int AS n, count("verifiedById")::int AS verified FROM adoption GROUP BY "stage" ORDER BY "stage"`,
    );
    expect(stages.map((s) => s.stage)).toEqual(['ABANDONED', 'EVALUATING', 'INTERESTED', 'IN_USE', 'PILOT']);
    expect(stages.find((s) => s.stage === 'IN_USE')!.verified).toBeGreaterThan(0);
    const [bad] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE v."administrationId" = a."administrationId")::int AS "ownVerifier",
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM practice_contact pc WHERE pc."practiceId" = a."practiceId" AND pc."memberId" = v."id"))::int AS "notContact",
              count(*) FILTER (WHERE p."offeringAdministrationId" = a."administrationId")::int AS "ownPractice"
         FROM adoption a JOIN member v ON v."id" = a."verifiedById" JOIN practice p ON p."id" = a."practiceId"`,
    );
    expect(bad).toEqual({ ownVerifier: 0, notContact: 0, ownPractice: 0 });
    const [history] = await t.dataSource.query(
      `SELECT count(*)::int AS "mismatched" FROM adoption a
        WHERE a."stage" <> (SELECT c."to" FROM adoption_stage_change c WHERE c."adoptionId" = a."id" ORDER BY c."at" DESC, c."id" DESC LIMIT 1)`,
    );
    expect(history.mismatched).toBe(0);
  });

  it('shows gaps on the coverage map: Convergence cells with open needs and no verified adoption in use', async () => {
    const cells = (await t.gql(null, COVERAGE, { c: true })).data.coverage as Array<{ openNeeds: number; adoptionsInUse: number; practicesOffered: number }>;
    expect(cells.some((c) => c.openNeeds > 0 && c.adoptionsInUse === 0)).toBe(true);
    expect(cells.some((c) => c.adoptionsInUse > 0)).toBe(true);
    expect(cells.some((c) => c.practicesOffered > 0)).toBe(true);
  });

  it('writes the same needs, adoptions and histories when run again', async () => {
    const [before] = await t.dataSource.query(SNAPSHOT);
    await seed();
    const [after] = await t.dataSource.query(SNAPSHOT);
    expect(after).toEqual(before);
  });
});
