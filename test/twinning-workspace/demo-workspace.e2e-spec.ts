import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';
import { parseCalendar } from './ics.js';

const TABLES = ['twinning_call', 'selection_criterion', 'twinning_application', 'criterion_score', 'twinning_participant', 'twinning_thread', 'milestone', 'budget_line', 'event', 'event_attendee'];

const CALLS = `query ($status: CallStatus) { twinningCalls(status: $status, first: 50) { totalCount nodes {
  id status seats criteria { id weight } twinning { id receiving { id } }
  applications { rank selected total createdAt administration { id convergence } scores { score } } } } }`;
const TWINNINGS = `{ twinnings(first: 50) { nodes { id status budgetEuro
  participants { role administration { id } contact { id administration { id } } }
  milestones { dueDate doneAt } budgetLines { plannedEuro spentEuro } thread { category { slug } } } } }`;

describe('demo community: the twinning workspace', () => {
  let t: TestApp;
  let admin: { token: string };

  beforeAll(async () => {
    t = await startTestApp();
    const hasher = t.app.get(PasswordHasher);
    await seedDemoCommunity(t.dataSource, hasher, () => undefined);
    const login = await t.gql(null, `mutation { login(email: "m.esposito@demo.buonepratiche.example", password: "comunita-demo-2011") { token } }`);
    admin = { token: login.data.login.token };
  });
  afterAll(() => t.close());

  it('is deterministic and idempotent: a second run changes no row of the workspace', async () => {
    const snapshot = async () => {
      const out: Record<string, string> = {};
      for (const table of TABLES) {
        const rows = await t.dataSource.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h, count(*)::int AS n FROM ${table} x`);
        out[table] = `${rows[0].n}:${rows[0].h}`;
      }
      return out;
    };
    const before = await snapshot();
    await seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined);
    expect(await snapshot()).toEqual(before);
  });

  it('has calls in every status with scored applications from Convergence administrations; awarded ones ranked into their twinning', async () => {
    for (const status of ['OPEN', 'CLOSED', 'AWARDED']) {
      const res = await t.gql(admin, CALLS, { status });
      const calls = res.data.twinningCalls.nodes;
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        expect(call.applications.length).toBeGreaterThan(0);
        expect(call.applications.every((a: { administration: { convergence: boolean }; scores: unknown[] }) => a.administration.convergence && a.scores.length > 0)).toBe(true);
        if (status !== 'AWARDED') continue;
        const ranked = [...call.applications].sort((a, b) => a.rank - b.rank);
        for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1].total).toBeGreaterThanOrEqual(ranked[k].total);
        const selected = ranked.filter((a) => a.selected).map((a) => a.administration.id).sort();
        expect(selected).toHaveLength(call.seats);
        expect(selected).toEqual(call.twinning.receiving.map((r: { id: string }) => r.id).sort());
      }
    }
  });

  it('gives every twinning past its proposal a plan: a coordinator, contacts of their administration, milestones and a budget within budgetEuro', async () => {
    const res = await t.gql(admin, TWINNINGS);
    const nodes = res.data.twinnings.nodes;
    expect(nodes.every((n: { thread: { category: { slug: string } } | null }) => n.thread?.category.slug === 'gemellaggi')).toBe(true);
    const planned = nodes.filter((n: { status: string; milestones: unknown[] }) => ['ACTIVE', 'COMPLETED'].includes(n.status));
    expect(planned.length).toBeGreaterThan(0);
    for (const n of planned) {
      expect(n.participants.map((p: { role: string }) => p.role)).toEqual(expect.arrayContaining(['OFFERING', 'RECEIVING', 'COORDINATOR']));
      for (const p of n.participants) if (p.contact) expect(p.contact.administration.id).toBe(p.administration.id);
      expect(n.milestones.length).toBeGreaterThan(0);
      const total = n.budgetLines.reduce((s: number, l: { plannedEuro: number }) => s + l.plannedEuro, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(n.budgetEuro);
    }
    expect(planned.some((n: { status: string; milestones: Array<{ doneAt: string | null }> }) => n.status === 'COMPLETED' && n.milestones.every((m) => m.doneAt))).toBe(true);
  });

  it('reads the workspace of a page of twinnings and calls in a bounded number of statements, whatever the page size (DataLoader)', async () => {
    const page = (first: number) => `{ twinnings(first: ${first}) { nodes { id followerCount viewerIsFollowing call { id }
      participants { role administration { name } contact { displayName } } milestones { id } budgetLines { id } events { id attendeeCount viewerAttending organiser { id } }
      thread { id } } }
      twinningCalls(first: ${first}) { nodes { id criteria { id } applications { id total administration { name } scores { score criterion { id } scoredBy { id } } } } } }`;
    // The least of three runs: a background job (the minute's e-mail sweep) may add its statements to one.
    const least = async (first: number) => Math.min(...[await t.queries.count(() => t.gql(admin, page(first))), await t.queries.count(() => t.gql(admin, page(first))), await t.queries.count(() => t.gql(admin, page(first)))]);
    const few = await least(2);
    const many = await least(15);
    // One batch per loader and level: which levels share a tick varies with the data by a statement or two, never with the number of rows.
    expect(many).toBeLessThanOrEqual(few + 2);
    expect(many).toBeLessThan(30);
  });

  it('has past and upcoming meetings, the launch in Lamezia Terme on 22 September 2011 among the past ones', async () => {
    const past = await t.gql(admin, `{ events(from: "2011-01-01T00:00:00Z", first: 100) { nodes { title place startsAt attendeeCount twinning { id } } } }`);
    const launch = past.data.events.nodes.find((e: { place: string | null }) => e.place === 'Lamezia Terme (CZ)');
    expect(launch).toMatchObject({ startsAt: '2011-09-22T08:00:00.000Z' });
    expect(launch.attendeeCount).toBeGreaterThan(20);
    expect(past.data.events.nodes.some((e: { twinning: unknown }) => e.twinning)).toBe(true);
    const upcoming = await t.gql(null, `{ events { totalCount nodes { title } } }`);
    expect(upcoming.data.events.totalCount).toBeGreaterThan(0);
    const feed = parseCalendar(await (await fetch(`${t.baseUrl}/calendario.ics`)).text());
    expect(feed.length).toBe(upcoming.data.events.totalCount);
  });
});
