import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { AdministrationEntity, Region, Theme } from '@app/members';
import { NeedEntity } from '@app/reuse';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { CLOSE, NEED, NEEDS, PUBLISH } from './operations.js';

const input = (administrationId: string, overrides: Record<string, unknown> = {}) => ({
  administrationId,
  title: 'Sportello unico digitale per le attività produttive',
  description: 'Ci serve uno sportello online per le pratiche delle imprese, con pagamenti e firma digitale.',
  themes: [Theme.BUSINESS_SERVICES],
  ...overrides,
});

describe('needs', () => {
  let t: TestApp;
  let cosenza: AdministrationEntity;
  let bari: AdministrationEntity;
  let author: SeededMember;
  let colleague: SeededMember;
  let outsider: SeededMember;
  let moderator: SeededMember;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
    cosenza = await t.seed.administration({ name: 'Comune di Cosenza', region: Region.CALABRIA });
    bari = await t.seed.administration({ name: 'Comune di Bari', region: Region.PUGLIA });
    author = await t.seed.member({ administrationId: cosenza.id });
    colleague = await t.seed.member({ administrationId: cosenza.id });
    outsider = await t.seed.member({ administrationId: bari.id });
    moderator = await t.seed.moderator({ administrationId: bari.id });
  });
  afterAll(() => t.close());

  it('lets a member publish a need of their own administration, OPEN, with its Markdown rendered', async () => {
    const res = await t.gql(author, PUBLISH, { input: input(cosenza.id, { description: 'Ci serve **uno sportello** online per le imprese del territorio.' }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.publishNeed).toMatchObject({
      status: 'OPEN',
      themes: ['BUSINESS_SERVICES'],
      administration: { id: cosenza.id, name: 'Comune di Cosenza' },
      author: { id: author.id },
    });
    expect(res.data.publishNeed.descriptionHtml).toContain('<strong>uno sportello</strong>');
  });

  it('refuses a need for another administration with FORBIDDEN, even from a moderator, and writes nothing', async () => {
    const before = await t.count(NeedEntity);
    for (const who of [outsider, moderator]) {
      const res = await t.gql(who, PUBLISH, { input: input(cosenza.id) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.count(NeedEntity)).toBe(before);
  });

  it('refuses anonymous callers with UNAUTHENTICATED, an unknown administration with NOT_FOUND and bad input with BAD_USER_INPUT', async () => {
    const before = await t.count(NeedEntity);
    expect((await t.gql(null, PUBLISH, { input: input(cosenza.id) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(author, PUBLISH, { input: input('00000000-0000-4000-8000-000000000000') })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(author, PUBLISH, { input: input(cosenza.id, { title: 'SU', themes: [] }) });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f: { field: string }) => f.field).sort()).toEqual(['themes', 'title']);
    expect(await t.count(NeedEntity)).toBe(before);
  });

  it('refuses a suspended member with FORBIDDEN and writes nothing', async () => {
    const suspended = await t.seed.member({ administrationId: cosenza.id, status: MemberStatus.SUSPENDED });
    const before = await t.count(NeedEntity);
    expect((await t.gql(suspended, PUBLISH, { input: input(cosenza.id) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.count(NeedEntity)).toBe(before);
  });

  it('lets the author, a member of its administration and a moderator close a need; nobody else', async () => {
    const publish = async () => (await t.gql(author, PUBLISH, { input: input(cosenza.id) })).data.publishNeed.id as string;
    const [a, b, c] = [await publish(), await publish(), await publish()];
    const refused = await t.gql(outsider, CLOSE, { id: a });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(null, NEED, { id: a })).data.need.status).toBe('OPEN');

    expect((await t.gql(author, CLOSE, { id: a })).data.closeNeed.status).toBe('CLOSED');
    expect((await t.gql(colleague, CLOSE, { id: b })).data.closeNeed.status).toBe('CLOSED');
    expect((await t.gql(moderator, CLOSE, { id: c })).data.closeNeed.status).toBe('CLOSED');
    expect((await t.gql(author, CLOSE, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists needs for everybody, filtered by region, theme, administration and status, newest first, in pages', async () => {
    const need = (await t.gql(outsider, PUBLISH, { input: input(bari.id, { title: 'Open data del trasporto pubblico', themes: [Theme.PUBLIC_INFORMATION_ASSETS] }) })).data.publishNeed;
    const puglia = await t.gql(null, NEEDS, { filter: { region: 'PUGLIA' } });
    expect(puglia.data.needs.nodes.map((n: { id: string }) => n.id)).toEqual([need.id]);
    const byTheme = await t.gql(null, NEEDS, { filter: { themes: ['PUBLIC_INFORMATION_ASSETS', 'INTEROPERABILITY'] } });
    expect(byTheme.data.needs.nodes.map((n: { id: string }) => n.id)).toEqual([need.id]);
    const closed = await t.gql(null, NEEDS, { filter: { administrationId: cosenza.id, status: 'CLOSED' } });
    expect(closed.data.needs.totalCount).toBe(3);
    expect(closed.data.needs.nodes.every((n: { status: string }) => n.status === 'CLOSED')).toBe(true);

    const all = await t.gql(null, NEEDS, { first: 2 });
    expect(all.data.needs.nodes[0].id).toBe(need.id);
    expect(all.data.needs.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(null, NEEDS, { first: 10, after: all.data.needs.pageInfo.endCursor });
    const seen = [...all.data.needs.nodes, ...next.data.needs.nodes].map((n: { id: string }) => n.id);
    expect(new Set(seen).size).toBe(all.data.needs.totalCount);
  });

  it('shows only its OPEN needs on an administration', async () => {
    const res = await t.gql(null, `query ($id: ID!) { administration(id: $id) { needs { id status } } }`, { id: cosenza.id });
    expect(res.data.administration.needs.length).toBeGreaterThan(0);
    expect(res.data.administration.needs.every((n: { status: string }) => n.status === 'OPEN')).toBe(true);
  });
});
