import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Theme } from '@app/members';
import { PracticeEntity, PracticeStatus } from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';

const LIST = `query ($filter: PracticeFilter, $first: Int, $after: String) {
  practices(filter: $filter, first: $first, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } totalCount } }`;

describe('practices: Italian full-text query filter', () => {
  let t: TestApp;
  let contact: SeededMember;
  const p: Record<string, PracticeEntity> = {};

  beforeAll(async () => {
    t = await startTestApp();
    contact = await t.seed.member();
    p.suap = await t.seed.practice({
      title: 'Sportello unico per le attività produttive comunali',
      summary: 'Le imprese presentano online le pratiche allo sportello.',
      themes: [Theme.BUSINESS_SERVICES],
    });
    p.edilizia = await t.seed.practice({
      title: 'Digitalizzazione dei procedimenti edilizi',
      summary: 'Permessi di costruire presentati e istruiti in forma elettronica.',
      themes: [Theme.PROCESS_INNOVATION],
    });
    p.protocollo = await t.seed.practice({
      title: 'Protocollo informatico federato',
      summary: 'Un unico registro di protocollo per gli enti dell’unione.',
      tags: ['gestione documentale'],
      themes: [Theme.PROCESS_INNOVATION],
    });
    p.pagamenti = await t.seed.practice({
      title: 'Pagamenti online dei tributi locali',
      summary: 'Tributi e mense scolastiche pagati con carta.',
      description: 'Le ricevute vengono registrate automaticamente nel protocollo.',
      themes: [Theme.CITIZEN_SERVICES],
    });
    p.draft = await t.seed.practice({
      title: 'Protocollo riservato in bozza',
      summary: 'Bozza visibile solo ai referenti.',
      status: PracticeStatus.DRAFT,
      contactIds: [contact.id],
    });
    p.archived = await t.seed.practice({ title: 'Protocollo cartaceo dismesso', status: PracticeStatus.ARCHIVED });
  });
  afterAll(() => t.close());

  async function search(query: string, extra: Record<string, unknown> = {}, actor: SeededMember | null = null): Promise<string[]> {
    const res = await t.gql(actor, LIST, { filter: { query, ...extra }, first: 50 });
    expect(res.errors).toBeUndefined();
    return res.data.practices.nodes.map((n: { id: string }) => n.id);
  }

  it('finds singular/plural and accent variants ("attivita produttiva comunale" -> "attività produttive comunali")', async () => {
    expect(await search('attivita produttiva comunale')).toEqual([p.suap.id]);
    expect(await search('ATTIVITÀ PRODUTTIVE')).toEqual([p.suap.id]);
    expect(await search('sportelli')).toEqual([p.suap.id]);
  });

  it('matches the last word as a prefix ("digitale" finds "digitalizzazione", "protoc" while typing)', async () => {
    expect(await search('digitale')).toEqual([p.edilizia.id]);
    expect(await search('procedimenti edil')).toEqual([p.edilizia.id]);
    expect(await search('protoc')).toContain(p.protocollo.id);
  });

  it('still finds a practice whose title is mistyped', async () => {
    expect(await search('protocolo informatco')).toEqual([p.protocollo.id]);
    expect(await search('pagamneti online')).toEqual([p.pagamenti.id]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    expect(await search('protocollo')).toEqual([p.protocollo.id, p.pagamenti.id]);
  });

  it('searches tags', async () => {
    expect(await search('gestione documentale')).toEqual([p.protocollo.id]);
  });

  it('combines the query with the other filters', async () => {
    expect(await search('protocollo', { themes: [Theme.CITIZEN_SERVICES] })).toEqual([p.pagamenti.id]);
    expect(await search('protocollo', { status: 'ARCHIVED' })).toEqual([p.archived.id]);
  });

  it('never shows drafts to members who are not contacts, nor archived practices by default', async () => {
    const stranger = await t.seed.member();
    expect(await search('riservato', {}, stranger)).toEqual([]);
    expect(await search('riservato', { status: 'DRAFT' }, stranger)).toEqual([]);
    expect(await search('riservato', { status: 'DRAFT' }, null)).toEqual([]);
    expect(await search('riservato', { status: 'DRAFT' }, contact)).toEqual([p.draft.id]);
    expect(await search('cartaceo')).toEqual([]);
  });

  it.each([
    ['SQL', `'; DROP TABLE practice; --`],
    ['quotes', `"protocollo informatico"`],
    ['tsquery operators', `protocollo & | ! ( ) :* <-> \\ '`],
    ['markup', `<script>alert('x')</script>`],
    ['LIKE wildcards', `%_%`],
    ['unbalanced parentheses', `))))((((`],
    ['a tautology', `' OR 1=1 --`],
    ['blanks', `   `],
    ['emoji', `😀 🇮🇹`],
    ['5000 characters', 'x'.repeat(5000)],
  ])('answers a query made of %s without error', async (_label, query) => {
    const res = await t.gql(null, LIST, { filter: { query } });
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data.practices.nodes)).toBe(true);
    expect(await t.count(PracticeEntity)).toBe(6);
  });

  it('answers a NUL character without a server error (a result, or BAD_USER_INPUT if the request is refused upfront)', async () => {
    const res = await t.gql(null, LIST, { filter: { query: `protocollo${'\u0000'}informatico` } });
    if (res.errors) expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    else expect(Array.isArray(res.data.practices.nodes)).toBe(true);
  });

  it('treats a blank query as no query', async () => {
    const all = await search('');
    expect(all.sort()).toEqual([p.suap.id, p.edilizia.id, p.protocollo.id, p.pagamenti.id].sort());
  });

  it('pages ranked results with cursors, each match exactly once', async () => {
    for (let i = 0; i < 5; i++) {
      await t.seed.practice({ title: `Conservazione sostitutiva a norma ${i}`, summary: i % 2 ? 'Conservazione dei documenti informatici.' : 'Archivio digitale.' });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const res: any = await t.gql(null, LIST, { filter: { query: 'conservazione' }, first: 2, after });
      expect(res.errors).toBeUndefined();
      total = res.data.practices.totalCount;
      seen.push(...res.data.practices.nodes.map((n: { id: string }) => n.id));
      if (!res.data.practices.pageInfo.hasNextPage) break;
      after = res.data.practices.pageInfo.endCursor;
    }
    expect(total).toBe(5);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});
