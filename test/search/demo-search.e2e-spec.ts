import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    totalCount totalCountEstimated suggestion
    nodes { snippet hit { __typename ... on Practice { id title offeringAdministration { name province } } } }
  }
}`;
const PRACTICES = `query ($filter: PracticeFilter, $first: Int) {
  practices(filter: $filter, first: $first) {
    totalCount suggestion
    nodes { id title offeringAdministration { id name province region } }
  }
}`;

interface PracticeNode {
  id: string;
  title: string;
  offeringAdministration: { id: string; name: string; province: string | null; region: string | null };
}

/** Coordinators' queries over the demo catalogue (136 published practices), as they type them. */
describe('search over the demo catalogue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined);
  });
  afterAll(() => t.close());

  async function catalogue(query: string, first = 100): Promise<{ totalCount: number; suggestion: string | null; nodes: PracticeNode[] }> {
    const res = await t.gql(null, PRACTICES, { filter: { query }, first });
    expect(res.errors).toBeUndefined();
    return res.data.practices;
  }

  async function searchPractices(query: string) {
    const res = await t.gql(null, SEARCH, { query, kinds: ['PRACTICE'], first: 100 });
    expect(res.errors).toBeUndefined();
    return res.data.search as { totalCount: number; totalCountEstimated: boolean; suggestion: string | null; nodes: Array<{ snippet: string; hit: PracticeNode }> };
  }

  const idsOf = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);

  it('finds the SUAP practices for "SUAP", for its expansion and among the first results of "sportello unico"', async () => {
    const suap = await catalogue('SUAP');
    const expanded = await catalogue('sportello unico attività produttive');
    const sportello = await catalogue('sportello unico');
    expect(suap.totalCount).toBeGreaterThanOrEqual(6);
    expect(idsOf(expanded.nodes).sort()).toEqual(idsOf(suap.nodes).sort());
    // "sportello unico" (SUAP, SUE and the other one-stop shops) holds every SUAP practice, and its first results are SUAP ones.
    expect(idsOf(sportello.nodes)).toEqual(expect.arrayContaining(idsOf(suap.nodes)));
    expect(sportello.totalCount).toBeGreaterThan(suap.totalCount);
    for (const top of sportello.nodes.slice(0, 3)) expect(idsOf(suap.nodes)).toContain(top.id);
    // Titles without the acronym are found by it: "Lo sportello unico telematico per le imprese di …".
    expect(suap.nodes.some((n) => !/suap/i.test(n.title))).toBe(true);
    expect(idsOf((await searchPractices('SUAP')).nodes.map((n) => n.hit)).sort()).toEqual(idsOf(suap.nodes).sort());
  });

  it('finds the payment practices for "pagoPA" through its synonyms', async () => {
    const found = await catalogue('pagoPA');
    expect(found.totalCount).toBeGreaterThanOrEqual(8);
    // The practices named for payments come first; school canteens paid online follow.
    for (const first of found.nodes.slice(0, 5)) expect(first.title).toMatch(/pag/i);
    const viaSearch = await searchPractices('pagopa');
    expect(viaSearch.nodes[0].hit.title).toMatch(/pag/i);
    expect(viaSearch.nodes[0].snippet).toMatch(/<mark>pag/i);
  });

  it('finds the practices of administrations in the province of Catanzaro for "Catanzaro", and serves Administration.province', async () => {
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `SELECT p.id FROM practice p JOIN administration a ON a.id = p."offeringAdministrationId" WHERE a.province = 'CZ' AND p.status = 'PUBLISHED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const found = await catalogue('Catanzaro');
    expect(idsOf(found.nodes.slice(0, rows.length)).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const node of found.nodes.slice(0, rows.length)) {
      expect(node.offeringAdministration.province).toBe('CZ');
      expect(node.offeringAdministration.region).toBe('CALABRIA');
    }
    // The search box finds what anyone may read: the archived practices of the province too.
    const readable: Array<{ id: string }> = await t.dataSource.query(
      `SELECT p.id FROM practice p JOIN administration a ON a.id = p."offeringAdministrationId" WHERE a.province = 'CZ' AND p.status <> 'DRAFT'`,
    );
    const viaSearch = await searchPractices('catanzaro');
    expect(idsOf(viaSearch.nodes.map((n) => n.hit).slice(0, readable.length)).sort()).toEqual(readable.map((r) => r.id).sort());
    // The snippet says where: the administration and its province.
    expect(viaSearch.nodes[0].snippet).toContain('(<mark>Catanzaro</mark>)');
  });

  it('ranks the practices of the Comune di Bari first for "Comune di Bari", with no Barcellona on the first page', async () => {
    const bari: Array<{ id: string }> = await t.dataSource.query(
      `SELECT p.id FROM practice p JOIN administration a ON a.id = p."offeringAdministrationId" WHERE a.name = 'Comune di Bari' AND p.status = 'PUBLISHED'`,
    );
    expect(bari.length).toBeGreaterThanOrEqual(2);
    for (const result of [(await catalogue('Comune di Bari', 20)).nodes, (await searchPractices('Comune di Bari')).nodes.map((n) => n.hit).slice(0, 20)]) {
      expect(idsOf(result.slice(0, bari.length)).sort()).toEqual(bari.map((r) => r.id).sort());
      for (const node of result) {
        expect(node.title).not.toMatch(/barcel/i);
        expect(node.offeringAdministration.name).not.toMatch(/barcel|benevento/i);
      }
    }
  });

  it('finds about as many practices for the typo "protocolo informatico" as for "protocollo informatico", and suggests the latter', async () => {
    const right = await catalogue('protocollo informatico');
    const typo = await catalogue('protocolo informatico');
    expect(right.totalCount).toBeGreaterThanOrEqual(10);
    expect(typo.totalCount).toBeGreaterThanOrEqual(Math.floor(right.totalCount * 0.8));
    expect(typo.suggestion).toBe('protocollo informatico');
    expect(right.suggestion).toBeNull();
    // The exact spelling ranks the practices named after it first, the typo too.
    expect(typo.nodes[0].title).toMatch(/protocollo informatico/i);

    const search = await searchPractices('protocolo informatico');
    expect(search.suggestion).toBe('protocollo informatico');
    expect(search.totalCount).toBeGreaterThanOrEqual(Math.floor(right.totalCount * 0.8));
    expect(search.totalCountEstimated).toBe(false);
  });

  it('suggests the nearest indexed words when a mistyped query finds nothing as typed ("forse cercavi")', async () => {
    const res = await t.gql(null, SEARCH, { query: 'sportelo unicco' });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.suggestion).toBe('sportello unico');
    const exact = await t.gql(null, SEARCH, { query: 'sportello unico' });
    expect(exact.data.search.suggestion).toBeNull();
    expect(res.data.search.totalCount).toBeGreaterThan(0);
  });
});
