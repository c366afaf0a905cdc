import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PracticeStatus } from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      score snippet
      hit {
        __typename
        ... on Thread { id title hidden }
        ... on Post { id hidden }
        ... on Practice { id title status }
        ... on Member { id displayName }
      }
    }
  }
}`;

const HIDE_POST = `mutation ($id: ID!, $on: Boolean!) { setPostHidden(postId: $id, hidden: $on) { id hidden } }`;
const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;

type Hit = { __typename: string; id: string; title?: string };
type Node = { hit: Hit; score: number; snippet: string };

describe('search', () => {
  let t: TestApp;
  let member: SeededMember;
  let moderator: SeededMember;

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.seed.member();
    moderator = await t.seed.moderator();
  });
  afterAll(() => t.close());

  async function hits(actor: SeededMember | null, query: string, kinds?: string[]): Promise<Hit[]> {
    const res = await t.gql(actor, SEARCH, { query, kinds, first: 50 });
    expect(res.errors).toBeUndefined();
    return res.data.search.nodes.map((n: { hit: Hit }) => n.hit);
  }

  it('finds singular/plural and accent variants ("attivita produttiva comunale")', async () => {
    const practice = await t.seed.practice({ title: 'Sportello unico per le attività produttive comunali', summary: 'SUAP telematico' });
    const found = await hits(member, 'attivita produttiva comunale');
    expect(found.map((h) => h.id)).toContain(practice.id);
  });

  it('matches the last word as a prefix ("digitale" finds "digitalizzazione")', async () => {
    const practice = await t.seed.practice({ title: 'Piano di digitalizzazione degli archivi comunali' });
    expect((await hits(member, 'archivi digitale')).map((h) => h.id)).toContain(practice.id);
    expect((await hits(member, 'digitalizz')).map((h) => h.id)).toContain(practice.id);
  });

  it('finds a practice despite a typo, by trigram similarity of the title', async () => {
    const practice = await t.seed.practice({ title: 'Protocollo informatico federato tra enti' });
    expect((await hits(member, 'protocolo informatco')).map((h) => h.id)).toContain(practice.id);
  });

  it('answers hostile query strings as plain words, never with an error', async () => {
    for (const query of [
      `"' OR 1=1; DROP TABLE member; --`,
      'a & | ! ( ) :* <-> \\',
      '<script>alert(1)</script>',
      '   ',
      '',
      '🙂🙃 ∑ ß ø',
      'x'.repeat(500),
      "l'amministrazione dell'ente",
    ]) {
      const res = await t.gql(member, SEARCH, { query });
      expect(res.errors).toBeUndefined();
      expect(Array.isArray(res.data.search.nodes)).toBe(true);
    }
    expect(await t.count((await import('@app/members')).MemberEntity)).toBeGreaterThan(0);
  });

  it('ranks a title match above a body match and marks matches in an escaped snippet', async () => {
    const author = await t.seed.member();
    const titled = await t.seed.thread({ authorId: author.id, title: 'Cooperazione applicativa con la porta di dominio', body: 'Esperienze a confronto.' });
    const body = await t.seed.thread({
      authorId: author.id,
      title: 'Domande sul nodo regionale',
      body: 'Abbiamo attivato la cooperazione applicativa <b>ieri</b>: costi < 5000 euro & funziona.',
    });
    const res = await t.gql(member, SEARCH, { query: 'cooperazione applicativa', kinds: ['THREAD'] });
    const nodes = res.data.search.nodes as Array<{ hit: Hit; snippet: string; score: number }>;
    const ids = nodes.map((n) => n.hit.id);
    expect(ids.indexOf(titled.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(titled.id)).toBeLessThan(ids.indexOf(body.id));
    const snippet = nodes.find((n) => n.hit.id === body.id)!.snippet;
    expect(snippet).toContain('<mark>cooperazione</mark>');
    expect(snippet).toContain('&lt; 5000 euro &amp; funziona');
    expect(snippet).not.toContain('<b>');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('never shows hidden threads, hidden posts or others’ drafts to members, and finds archived practices for everyone as by id', async () => {
    const author = await t.seed.member();
    const hiddenThread = await t.seed.thread({ authorId: author.id, title: 'Zibaldone riservato nascosto', hidden: true });
    const visible = await t.seed.thread({ authorId: author.id, title: 'Zibaldone pubblico' });
    const hiddenPost = await t.seed.post({ threadId: visible.id, authorId: author.id, body: 'zibaldone nel messaggio nascosto', hidden: true });
    const postInHidden = await t.seed.post({ threadId: hiddenThread.id, authorId: author.id, body: 'zibaldone in discussione nascosta' });
    const draft = await t.seed.practice({ title: 'Zibaldone in bozza', status: PracticeStatus.DRAFT, contactIds: [author.id] });
    const archived = await t.seed.practice({ title: 'Zibaldone archiviato', status: PracticeStatus.ARCHIVED });

    const forMember = (await hits(member, 'zibaldone')).map((h) => h.id);
    expect(forMember).toContain(visible.id);
    for (const id of [hiddenThread.id, hiddenPost.id, postInHidden.id, draft.id]) expect(forMember).not.toContain(id);
    expect(forMember).toContain(archived.id);
    const anonymous = (await hits(null, 'zibaldone')).map((h) => h.id);
    expect(anonymous).toEqual(forMember);

    const forModerator = (await hits(moderator, 'zibaldone')).map((h) => h.id);
    for (const id of [hiddenThread.id, hiddenPost.id, postInHidden.id, draft.id]) expect(forModerator).toContain(id);
    expect(forModerator).toContain(archived.id);
    const forContact = (await hits(author, 'zibaldone')).map((h) => h.id);
    expect(forContact).toContain(draft.id);
    expect(forContact).not.toContain(hiddenThread.id);
  });

  it('searches members by name, handle, job title and bio', async () => {
    const m = await t.seed.member({ displayName: 'Filomena Quartararo', jobTitle: 'Responsabile della conservazione', bio: 'Esperta di firma digitale' });
    expect((await hits(member, 'quartararo', ['MEMBER'])).map((h) => h.id)).toEqual([m.id]);
    expect((await hits(member, 'Quartarraro', ['MEMBER'])).map((h) => h.id)).toEqual([m.id]);
    const byBio = (await hits(member, 'firma digitale', ['MEMBER'])).map((h) => h.id);
    expect(byBio).toContain(m.id);
  });

  it('pages through results with no duplicates and no gaps, with a stable totalCount', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Raccolta su gnomonica' });
    for (let i = 0; i < 12; i++) await t.seed.post({ threadId: thread.id, authorId: author.id, body: `Nota ${i} sulla gnomonica ${'applicata '.repeat(i)}` });
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const res: any = await t.gql(member, SEARCH, { query: 'gnomonica', first: 5, after });
      expect(res.errors).toBeUndefined();
      total = res.data.search.totalCount;
      seen.push(...res.data.search.nodes.map((n: { hit: Hit }) => n.hit.id));
      after = res.data.search.pageInfo.hasNextPage ? res.data.search.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(13);
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
  });

  describe('a thread whose opening post is hidden', () => {
    async function nodes(actor: SeededMember | null, query: string, kinds?: string[]): Promise<Node[]> {
      const res = await t.gql(actor, SEARCH, { query, kinds, first: 50 });
      expect(res.errors).toBeUndefined();
      return res.data.search.nodes;
    }
    const scoreOf = (found: Node[], id: string) => found.find((n) => n.hit.id === id)?.score;

    it('neither matches, ranks nor shows the hidden text to members and anonymous callers until restored', async () => {
      const author = await t.seed.member();
      const title = 'Rapporto sulla quercetina';
      const thread = await t.seed.thread({ authorId: author.id, title, body: 'quercetina quercetina: il fornitore zarzuela ha ritardato' });
      const twin = await t.seed.thread({ authorId: author.id, title, body: 'Messaggio senza parole chiave' });
      const hide = async (on: boolean) => {
        const res = await t.gql(moderator, HIDE_POST, { id: thread.openingPostId, on });
        expect(res.data?.setPostHidden.hidden).toBe(on);
      };

      const before = await nodes(member, 'quercetina', ['THREAD']);
      expect(scoreOf(before, thread.id)!).toBeGreaterThan(scoreOf(before, twin.id)!);
      expect((await nodes(member, 'zarzuela')).map((n) => n.hit.id)).toContain(thread.id);

      await hide(true);
      for (const actor of [member, null]) {
        const byHiddenWord = await nodes(actor, 'zarzuela');
        expect(byHiddenWord.map((n) => n.hit.id)).not.toContain(thread.id);
        expect(byHiddenWord.map((n) => n.hit.id)).not.toContain(thread.openingPostId);
        expect(byHiddenWord.filter((n) => /zarzuela/i.test(n.snippet))).toEqual([]);
        // The title may still be a near miss of both words together: then exactly as its twin is.
        const both = await nodes(actor, 'quercetina zarzuela', ['THREAD']);
        expect(scoreOf(both, thread.id)).toBe(scoreOf(both, twin.id));
        expect(both.filter((n) => /zarzuela/i.test(n.snippet))).toEqual([]);
        // Found by its title, ranked as its twin, with a snippet of the title alone.
        const byTitle = await nodes(actor, 'quercetina', ['THREAD']);
        const hit = byTitle.find((n) => n.hit.id === thread.id)!;
        expect(hit.score).toBeCloseTo(scoreOf(byTitle, twin.id)!, 6);
        expect(hit.snippet).not.toMatch(/zarzuela|fornitore/i);
        expect(hit.snippet).toContain('<mark>quercetina</mark>');
      }

      // Moderators see hidden posts, in search as elsewhere.
      const forModerator = await nodes(moderator, 'zarzuela', ['THREAD']);
      expect(forModerator.find((n) => n.hit.id === thread.id)?.snippet).toContain('<mark>zarzuela</mark>');
      expect((await nodes(moderator, 'quercetina zarzuela', ['THREAD'])).map((n) => n.hit.id)).toContain(thread.id);
      const moderatorByTitle = await nodes(moderator, 'quercetina', ['THREAD']);
      expect(scoreOf(moderatorByTitle, thread.id)!).toBeGreaterThan(scoreOf(moderatorByTitle, twin.id)!);

      await hide(false);
      for (const actor of [member, null]) {
        const again = await nodes(actor, 'zarzuela');
        expect(again.find((n) => n.hit.id === thread.id)?.snippet).toContain('<mark>zarzuela</mark>');
        const byTitle = await nodes(actor, 'quercetina', ['THREAD']);
        expect(scoreOf(byTitle, thread.id)!).toBeGreaterThan(scoreOf(byTitle, twin.id)!);
      }
    });
  });

  it('marks only real matches when a post carries the marker characters', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Discussione sulle spezie' });
    const body = 'Nota \u0002falso\u0003 e \u0003chiuso poi \u0002aperto sul cardamomo \u0002 fine';
    const reply = await t.gql(author, REPLY, { input: { threadId: thread.id, body } });
    expect(reply.errors).toBeUndefined();

    const res = await t.gql(member, SEARCH, { query: 'cardamomo', kinds: ['POST'] });
    const node = (res.data.search.nodes as Node[]).find((n) => n.hit.id === reply.data.replyToThread.id)!;
    expect(node.snippet).toContain('<mark>cardamomo</mark>');
    expect(node.snippet.match(/<mark>/g)).toHaveLength(1);
    expect(node.snippet.match(/<\/mark>/g)).toHaveLength(1);
    expect(node.snippet).toContain('falso e chiuso poi aperto');
    expect(node.snippet).not.toMatch(/[\u0002\u0003]/);
  });

  it('finds a long post by any of its words and cuts the snippet from its first 5,000 characters', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Discussione lunga' });
    const filler = 'testo di riempimento senza interesse '.repeat(1400);
    const post = await t.seed.post({ threadId: thread.id, authorId: author.id, body: `Premessa del verbale. ${filler} ornitorinco in fondo` });

    const res = await t.gql(member, SEARCH, { query: 'ornitorinco', kinds: ['POST'] });
    expect(res.errors).toBeUndefined();
    const node = (res.data.search.nodes as Node[]).find((n) => n.hit.id === post.id)!;
    expect(node.snippet.startsWith('Premessa del verbale.')).toBe(true);
    expect(node.snippet).not.toContain('ornitorinco');
    expect(node.snippet.length).toBeLessThan(400);
  });
});
