import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Region } from '@app/members';
import { SEARCH_RANKED_CANDIDATES, searchPage } from '@app/search';
import { MemberStatus, Role, ViewerContext } from '@app/core';
import { SeededMember, startTestApp, TestApp } from '@app/testing';

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {
    totalCount totalCountEstimated suggestion
    pageInfo { hasNextPage endCursor }
    nodes {
      score snippet
      hit {
        __typename
        ... on Thread { id createdAt }
        ... on Post { id createdAt }
        ... on Practice { id createdAt }
        ... on Member { id }
      }
    }
  }
}`;
const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;
const CREATE_PRACTICE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`;

type Node = { score: number; snippet: string; hit: { __typename: string; id: string; createdAt?: string } };

describe('search: order, paging, snippets and places', () => {
  let t: TestApp;
  let member: SeededMember;

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.seed.member();
  });
  afterAll(() => t.close());

  async function page(variables: Record<string, unknown>) {
    const res = await t.gql(member, SEARCH, variables);
    expect(res.errors).toBeUndefined();
    return res.data.search as { totalCount: number; totalCountEstimated: boolean; suggestion: string | null; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };
  }

  /** Every result of a query, two at a time through the cursors. */
  async function walk(query: string, orderBy: string): Promise<{ nodes: Node[]; totalCount: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let i = 0; i < 30; i++) {
      const p = await page({ query, orderBy, first: 2, after });
      totalCount = p.totalCount;
      expect(p.totalCountEstimated).toBe(false);
      nodes.push(...p.nodes);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    return { nodes, totalCount };
  }

  it('sorts by relevance or newest first, and pages either order through its own cursor without gaps or repeats', async () => {
    const author = await t.seed.member();
    const base = Date.parse('2024-03-01T10:00:00.000Z');
    const at = (i: number) => new Date(base + i * 3_600_000);
    const thread = await t.seed.thread({ authorId: author.id, title: 'Cronaca della calendula', createdAt: at(0) });
    for (let i = 1; i <= 5; i++) await t.seed.post({ threadId: thread.id, authorId: author.id, body: `calendula ${'calendula '.repeat(6 - i)} nota ${i}`, createdAt: at(i) });
    const practice = await t.seed.practice({ title: 'Orto della calendula', createdAt: at(10) });

    const byRelevance = await walk('calendula', 'RELEVANCE');
    const newest = await walk('calendula', 'NEWEST');
    for (const result of [byRelevance, newest]) {
      expect(result.totalCount).toBe(7);
      expect(result.nodes).toHaveLength(7);
      expect(new Set(result.nodes.map((n) => n.hit.id)).size).toBe(7);
    }
    const scores = byRelevance.nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const dates = newest.nodes.map((n) => Date.parse(n.hit.createdAt!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(newest.nodes[0].hit.id).toBe(practice.id);
    expect(newest.nodes[6].hit.id).toBe(thread.id);
    expect(newest.nodes.map((n) => n.hit.id)).not.toEqual(byRelevance.nodes.map((n) => n.hit.id));
  });

  it('refuses a cursor of one order under the other with BAD_USER_INPUT', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Appunti sul rabarbaro' });
    for (let i = 0; i < 3; i++) await t.seed.post({ threadId: thread.id, authorId: author.id, body: `rabarbaro ${i}` });
    const first = await page({ query: 'rabarbaro', orderBy: 'NEWEST', first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const res = await t.gql(member, SEARCH, { query: 'rabarbaro', orderBy: 'RELEVANCE', first: 1, after: first.pageInfo.endCursor });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: expect.stringMatching(/Cursore non valido/) }]);
    const defaultOrder = await page({ query: 'rabarbaro', first: 1 });
    const next = await page({ query: 'rabarbaro', first: 1, after: defaultOrder.pageInfo.endCursor });
    expect(next.nodes[0].hit.id).not.toBe(defaultOrder.nodes[0].hit.id);
  });

  it('cuts snippets from the rendered text: no Markdown marks and no link targets', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Sportelli per le imprese' });
    const reply = await t.gql(author, REPLY, {
      input: { threadId: thread.id, body: 'Il nostro **SUAP** è online: vedi [la guida del Comune](https://comune.esempio.it/suap/guida.pdf) e `modulo_unico`.' },
    });
    expect(reply.errors).toBeUndefined();
    const post = (await page({ query: 'SUAP', kinds: ['POST'] })).nodes.find((n) => n.hit.id === reply.data.replyToThread.id)!;
    expect(post.snippet).toContain('<mark>SUAP</mark>');
    expect(post.snippet).toContain('la guida del Comune');
    expect(post.snippet.replace(/<\/?mark>/g, '')).toContain('modulo_unico');
    expect(post.snippet).not.toMatch(/\*|`|\]\(|https?:|esempio\.it/);

    const administration = await t.seed.administration({ name: 'Comune di Prova Snippet', region: Region.CALABRIA, province: 'CS' });
    // Members offer practices in their own administration's name.
    const official = await t.seed.member({ administrationId: administration.id });
    const created = await t.gql(official, CREATE_PRACTICE, {
      input: {
        title: 'Pagamenti spontanei in rete',
        summary: 'Versamenti online dei cittadini.',
        description: '## Come funziona\n\nSi paga con **pagoPA** dal [portale](https://pagamenti.esempio.it/portale).',
        themes: ['CITIZEN_SERVICES'],
        offeringAdministrationId: administration.id,
      },
    });
    expect(created.errors).toBeUndefined();
    const practice = (await page({ query: 'pagoPA', kinds: ['PRACTICE'] })).nodes.find((n) => n.hit.id === created.data.createPractice.id)!;
    expect(practice.snippet).toContain('<mark>pagoPA</mark>');
    expect(practice.snippet).toContain('Snippet (Cosenza)');
    expect(practice.snippet).not.toMatch(/\*|#|\]\(|https?:|esempio\.it/);
  });

  it("finds a practice by its administration's name, province and region, and follows a change of them", async () => {
    const administration = await t.seed.administration({ name: 'Unione dei Comuni della Presila', region: Region.CALABRIA, province: 'CS' });
    const practice = await t.seed.practice({ title: 'Biblioteca diffusa', offeringAdministrationId: administration.id });
    const ids = async (query: string) => (await page({ query, kinds: ['PRACTICE'] })).nodes.map((n) => n.hit.id);
    expect(await ids('Presila')).toContain(practice.id);
    expect(await ids('Cosenza')).toContain(practice.id);
    expect(await ids('biblioteca calabria')).toContain(practice.id);
    // A title match ranks above a match on the administration alone.
    const titled = await t.seed.practice({ title: 'Cosenza in rete' });
    const byProvince = (await page({ query: 'Cosenza', kinds: ['PRACTICE'] })).nodes.map((n) => n.hit.id);
    expect(byProvince.indexOf(titled.id)).toBeLessThan(byProvince.indexOf(practice.id));

    await t.dataSource.query(`UPDATE administration SET name = 'Unione dei Comuni del Savuto', province = 'CZ' WHERE id = $1`, [administration.id]);
    expect(await ids('Savuto')).toContain(practice.id);
    expect(await ids('Catanzaro')).toContain(practice.id);
    expect(await ids('Presila')).not.toContain(practice.id);
  });

  it('ranks results holding more of the words above those holding fewer when none holds them all', async () => {
    const author = await t.seed.member();
    const both = await t.seed.thread({ authorId: author.id, title: 'Potatura della quercia e della betulla' });
    const one = await t.seed.thread({ authorId: author.id, title: 'Potatura della quercia secolare' });
    const none = await t.seed.thread({ authorId: author.id, title: 'Potatura del frassino' });
    const res = await page({ query: 'quercia betulla ontano', kinds: ['THREAD'] });
    const ids = res.nodes.map((n) => n.hit.id);
    expect(ids.slice(0, 2)).toEqual([both.id, one.id]);
    expect(ids).not.toContain(none.id);
    expect(res.totalCount).toBe(ids.length);
  });

  it('never suggests a word that only hidden text holds', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Verbale della riunione' });
    const hidden = await t.seed.post({ threadId: thread.id, authorId: author.id, body: 'Il fornitore zibibbo ha ritardato', hidden: true });
    const forModerator = await t.gql(moderator, SEARCH, { query: 'zibbibo', kinds: ['POST'] });
    expect(forModerator.data.search.nodes.map((n: Node) => n.hit.id)).toEqual([hidden.id]);
    expect(forModerator.data.search.suggestion).toBe('zibibbo');
    const forMember = await page({ query: 'zibbibo' });
    expect(forMember.nodes).toEqual([]);
    expect(forMember.suggestion).toBeNull();
    expect((await t.gql(null, SEARCH, { query: 'zibbibo' })).data.search.suggestion).toBeNull();
  });

  it('finds a member by a mistyped name and suggests the spelling that finds more', async () => {
    const other = await t.seed.member({ displayName: 'Ottavia Scannapieco' });
    const res = await page({ query: 'scanapieco', kinds: ['MEMBER'] });
    expect(res.nodes.map((n) => n.hit.id)).toEqual([other.id]);
    expect(res.suggestion).toBe('scannapieco');
    // A word no indexed text holds nor resembles: no results, no suggestion, no error.
    const none = await page({ query: 'xqzwvk' });
    expect(none.nodes).toEqual([]);
    expect(none.totalCount).toBe(0);
    expect(none.suggestion).toBeNull();
  });

  it('ranks a very common word among its most recent matches of each kind, says the count is a minimum, and counts all newest first', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Raccolta di contributi sul telelavoro' });
    const extra = 20;
    await t.seed.posts(thread.id, [author.id], SEARCH_RANKED_CANDIDATES + extra, new Date('2024-05-01T08:00:00.000Z'));
    const query = 'Risposta';
    const relevance = await page({ query, kinds: ['POST'], orderBy: 'RELEVANCE', first: 50 });
    expect({ totalCount: relevance.totalCount, estimated: relevance.totalCountEstimated }).toEqual({ totalCount: SEARCH_RANKED_CANDIDATES, estimated: true });
    // Only the most recent were ranked: none of the oldest replies ("Risposta 1" … "Risposta 20") is among them.
    const [{ oldest }] = await t.dataSource.query(
      `SELECT array_agg(id::text) AS oldest FROM (SELECT id FROM post WHERE "threadId" = $1 AND NOT opening ORDER BY "createdAt" LIMIT $2) AS o`,
      [thread.id, extra],
    );
    expect(relevance.nodes.filter((n) => oldest.includes(n.hit.id))).toEqual([]);
    const newest = await page({ query, kinds: ['POST'], orderBy: 'NEWEST', first: 5 });
    expect({ totalCount: newest.totalCount, estimated: newest.totalCountEstimated }).toEqual({ totalCount: SEARCH_RANKED_CANDIDATES + extra, estimated: false });
  });

  it('reads the candidates of a word most posts hold newest first once the statistics say so, with the results of the text index', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Contributi raccolti in un anno' });
    await t.seed.posts(thread.id, [author.id], 2000, new Date('2025-03-01T08:00:00.000Z'));
    const query = 'Risposta';
    const variables = { query, kinds: ['POST'], orderBy: 'RELEVANCE', first: 30 };
    const throughIndex = await page(variables);

    // With statistics, "rispost" is in nearly every post: reading the newest until the bound is cheaper.
    await t.dataSource.query('ANALYZE post');
    let plan = '';
    const explaining = {
      query: async (sql: string, values: unknown[]) => {
        if (!sql.includes('WITH q AS')) return t.dataSource.query(sql, values);
        plan = (await t.dataSource.query(`EXPLAIN ${sql}`, values)).map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
        return [];
      },
    };
    await searchPage(
      explaining as never,
      { viewer: ViewerContext.member(member.id, Role.MEMBER, MemberStatus.ACTIVE), query: { tsquery: "'risposta':*", exact: null, segments: null }, kinds: ['POST'] as never, candidates: SEARCH_RANKED_CANDIDATES },
      { order: 'RELEVANCE' as never, after: null, limit: 31 },
    );
    // The match in the form no text index serves: the posts are read by date (on a table this small, scanned).
    expect(plan).toContain('ts_match_vq("searchVector"');
    expect(plan).not.toContain('IDX_post_search');

    const newestFirst = await page(variables);
    expect(newestFirst.nodes.map((n) => [n.hit.id, n.score])).toEqual(throughIndex.nodes.map((n) => [n.hit.id, n.score]));
    expect({ totalCount: newestFirst.totalCount, estimated: newestFirst.totalCountEstimated }).toEqual({ totalCount: SEARCH_RANKED_CANDIDATES, estimated: true });
  });

  it('reads the word statistics that choose the candidates\' order once per interval, not at every search', async () => {
    const statements: string[] = [];
    const counting = {
      query: (sql: string, values: unknown[]) => {
        statements.push(sql);
        return t.dataSource.query(sql, values);
      },
    };
    const search = (tsquery: string) =>
      searchPage(
        counting as never,
        { viewer: ViewerContext.member(member.id, Role.MEMBER, MemberStatus.ACTIVE), query: { tsquery, exact: null, segments: null }, kinds: ['POST'] as never, candidates: SEARCH_RANKED_CANDIDATES },
        { order: 'RELEVANCE' as never, after: null, limit: 21 },
      );
    const statsReads = () => statements.filter((sql) => sql.includes('pg_stats')).length;
    await search("'risposta':*");
    await search("'contribut':*");
    expect(statsReads()).toBe(1);
    expect(statements.filter((sql) => sql.includes('WITH q AS'))).toHaveLength(2);

    // Five minutes later the statistics are read again.
    const later = Date.now() + 5 * 60_000 + 1;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      await search("'risposta':*");
      await search("'contribut':*");
    } finally {
      clock.mockRestore();
    }
    expect(statsReads()).toBe(2);
  });
});
