import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Theme } from '@app/members';
import { PracticeEntity } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

const LIST = `query ($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {
  practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount suggestion pageInfo { hasNextPage endCursor } nodes { id title }
  }
}`;

describe('practices: orders, cursors and suggestions', () => {
  let t: TestApp;
  const made: PracticeEntity[] = [];
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 9));

  beforeAll(async () => {
    t = await startTestApp();
    // Created in one order, updated in another, titled in a third (accents and case must not matter).
    const specs: Array<[title: string, created: number, updated: number]> = [
      ['Zonizzazione acustica condivisa', 1, 9],
      ['Anagrafe canina in rete', 2, 3],
      ['Éco-sportello ambientale', 3, 8],
      ['archivio fotografico della conservazione', 4, 5],
      ['Bilancio partecipativo online', 5, 6],
    ];
    for (const [title, created, updated] of specs) {
      made.push(await t.seed.practice({ title, createdAt: day(created), updatedAt: day(updated), themes: [Theme.CITIZEN_SERVICES] }));
    }
  });
  afterAll(() => t.close());

  async function walk(variables: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: any = await t.gql(null, LIST, { ...variables, first: 2, after });
      expect(res.errors).toBeUndefined();
      ids.push(...res.data.practices.nodes.map((n: { id: string }) => n.id));
      if (!res.data.practices.pageInfo.hasNextPage) break;
      after = res.data.practices.pageInfo.endCursor;
    }
    return ids;
  }

  const sortedIds = (compare: (a: PracticeEntity, b: PracticeEntity) => number) => [...made].sort(compare).map((p) => p.id);
  const byUpdated = () => sortedIds((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());

  it('pages each order with its own keys: NEWEST, UPDATED, TITLE (accents and case aside)', async () => {
    expect(await walk({ orderBy: 'NEWEST' })).toEqual(sortedIds((a, b) => b.createdAt.getTime() - a.createdAt.getTime()));
    expect(await walk({ orderBy: 'UPDATED' })).toEqual(byUpdated());
    const titles = (await walk({ orderBy: 'TITLE' })).map((id) => made.find((p) => p.id === id)!.title);
    expect(titles).toEqual([
      'Anagrafe canina in rete',
      'archivio fotografico della conservazione',
      'Bilancio partecipativo online',
      'Éco-sportello ambientale',
      'Zonizzazione acustica condivisa',
    ]);
  });

  it('takes RELEVANCE (and no order at all) as UPDATED without a text query, and as relevance with one', async () => {
    expect(await walk({ orderBy: 'RELEVANCE' })).toEqual(byUpdated());
    expect(await walk({})).toEqual(byUpdated());
    const titled = await t.seed.practice({ title: 'Conservazione digitale a norma', updatedAt: day(0) });
    const described = await t.seed.practice({ title: 'Fascicolo del dipendente', description: 'Con la conservazione sostitutiva.', updatedAt: day(20) });
    const relevant = await walk({ filter: { query: 'conservazione' } });
    // The two title matches first (equally relevant), then the description match.
    expect(relevant.slice(0, 2).sort()).toEqual([titled.id, made[3].id].sort());
    expect(relevant[2]).toBe(described.id);
    // Any order applies to the matches only.
    expect(await walk({ filter: { query: 'conservazione' }, orderBy: 'UPDATED' })).toEqual([described.id, made[3].id, titled.id]);
  });

  it('refuses a cursor of another order, or a forged one, with BAD_USER_INPUT', async () => {
    const first: any = await t.gql(null, LIST, { orderBy: 'NEWEST', first: 1 });
    const cursor = first.data.practices.pageInfo.endCursor;
    for (const variables of [
      { orderBy: 'TITLE', after: cursor },
      { orderBy: 'UPDATED', after: cursor },
      { orderBy: 'NEWEST', after: Buffer.from(JSON.stringify(['c1', 'NEWEST', 'X', 'ieri', 'non-un-id'])).toString('base64url') },
    ]) {
      const res = await t.gql(null, LIST, { ...variables, first: 1 });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: expect.stringMatching(/Cursore non valido/) }]);
    }
    const next: any = await t.gql(null, LIST, { orderBy: 'NEWEST', first: 1, after: cursor });
    expect(next.errors).toBeUndefined();
  });

  it('suggests a corrected query only when it finds more with the same filters', async () => {
    const typo = await t.gql(null, LIST, { filter: { query: 'bilamcio partecipativo' } });
    expect(typo.data.practices.nodes.map((n: { id: string }) => n.id)).toEqual([made[4].id]);
    expect(typo.data.practices.suggestion).toBe('bilancio partecipativo');
    const elsewhere = await t.gql(null, LIST, { filter: { query: 'bilamcio partecipativo', themes: [Theme.INTEROPERABILITY] } });
    expect(elsewhere.data.practices.nodes).toEqual([]);
    expect(elsewhere.data.practices.suggestion).toBeNull();
    const right = await t.gql(null, LIST, { filter: { query: 'bilancio partecipativo' } });
    expect(right.data.practices.suggestion).toBeNull();
    const none = await t.gql(null, LIST, {});
    expect(none.data.practices.suggestion).toBeNull();
  });
});
