import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@app/core';
import { Position, Region } from '@app/members';
import { PracticeStatus } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

/** Every field of a member and of its administration, as the `member` query answers them. */
const MEMBER_FIELDS = `id handle displayName position jobTitle bio bioHtml expertise role status joinedAt
  administration { id name region convergence kind ipaCode country province taxCode istatCode }`;
const MEMBER = `query ($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`;

const page = (authorSelection: string, mentionSelection = authorSelection) => `query ($id: ID!) {
  thread(id: $id) { posts(first: 50) { nodes { id author { ${authorSelection} } mentions { ${mentionSelection} } } } }
}`;
const CARD = 'id handle displayName jobTitle administration { id name region convergence }';

describe("thread pages: cards of authors, mentions and linked practices read with the page, whole rows when asked for more", () => {
  let t: TestApp;
  let threadId: string;
  let viewer: Awaited<ReturnType<TestApp['seed']['member']>>;
  let members: Array<Awaited<ReturnType<TestApp['seed']['member']>>>;

  beforeAll(async () => {
    t = await startTestApp();
    const puglia = await t.seed.administration({ region: Region.PUGLIA, ipaCode: 'c_a662' });
    const abroad = await t.seed.administration({ region: null, country: 'ES' });
    members = [
      await t.seed.member({ administrationId: puglia.id, jobTitle: 'Dirigente del servizio', bio: 'Mi occupo di **SUAP**.', position: Position.MANAGER }),
      await t.seed.member({ administrationId: abroad.id, jobTitle: null, role: Role.MODERATOR }),
      await t.seed.member({ administrationId: null, bio: null }),
    ];
    viewer = await t.seed.member();
    const thread = await t.seed.thread({ authorId: members[0].id });
    threadId = thread.id;
    await t.seed.posts(threadId, members.map((m) => m.id), 12);
    await t.dataSource.query(`UPDATE post SET "mentionedIds" = $2::uuid[] WHERE "threadId" = $1 AND NOT "opening"`, [
      threadId,
      [members[2].id, members[1].id],
    ]);
  });
  afterAll(() => t.close());

  async function wholeMembers(): Promise<Map<string, Record<string, unknown>>> {
    const whole = new Map<string, Record<string, unknown>>();
    for (const m of members) {
      const res = await t.gql(viewer, MEMBER, { id: m.id });
      expect(res.errors).toBeUndefined();
      whole.set(m.id, res.data.member);
    }
    return whole;
  }

  const pick = (member: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, member[f]]));

  it('answers a card selection with the same values as the member query, mentions in the order the post names them', async () => {
    const whole = await wholeMembers();
    const res = await t.gql(viewer, page(CARD), { id: threadId });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.thread.posts.nodes as Array<{ author: Record<string, any>; mentions: Array<Record<string, any>> }>;
    expect(nodes).toHaveLength(13);
    for (const node of nodes) {
      const expected = whole.get(node.author.id)!;
      expect(node.author).toEqual({
        ...pick(expected, ['id', 'handle', 'displayName', 'jobTitle']),
        administration: expected.administration && pick(expected.administration as Record<string, unknown>, ['id', 'name', 'region', 'convergence']),
      });
    }
    const mentioned = nodes.filter((n) => n.mentions.length);
    expect(mentioned).toHaveLength(12);
    expect(mentioned[0].mentions.map((m) => m.id)).toEqual([members[2].id, members[1].id]);
    expect(mentioned[0].mentions[0].administration).toBeNull();
    expect(mentioned[0].mentions[1].administration).toEqual({ ...pick(whole.get(members[1].id)!.administration as Record<string, unknown>, ['id', 'name', 'region']), convergence: false });
  });

  it('answers fields beyond the card (directly, in fragments, in the administration) with the whole member', async () => {
    const whole = await wholeMembers();
    const variants = [
      page(MEMBER_FIELDS),
      `fragment Who on Member { ${MEMBER_FIELDS} } ${page('...Who')}`,
      page(`id handle ... on Member { bio role } administration { ... on Administration { id kind } }`),
    ];
    for (const query of variants) {
      const res = await t.gql(viewer, query, { id: threadId });
      expect(res.errors).toBeUndefined();
      for (const node of res.data.thread.posts.nodes as Array<{ author: Record<string, any>; mentions: Array<Record<string, any>> }>) {
        for (const member of [node.author, ...node.mentions]) {
          const expected = whole.get(member.id)!;
          for (const [field, value] of Object.entries(member)) {
            if (field === 'administration') {
              for (const [key, v] of Object.entries(value ?? {})) expect(v).toEqual((expected.administration as Record<string, unknown>)[key]);
              if (value === null) expect(expected.administration).toBeNull();
            } else {
              expect(value).toEqual(expected[field]);
            }
          }
        }
      }
    }
    const rich = await t.gql(viewer, page('id bio role position'), { id: threadId });
    const first = rich.data.thread.posts.nodes[0].author;
    expect(first).toEqual({ id: members[0].id, bio: 'Mi occupo di **SUAP**.', role: 'MEMBER', position: 'MANAGER' });
  });

  it("answers the thread's author, its linked practices and who linked them from cards, and anything more from the whole rows; a draft stays hidden either way", async () => {
    const whole = await wholeMembers();
    const published = await t.seed.practice();
    const draft = await t.seed.practice({ status: PracticeStatus.DRAFT });
    const other = await t.seed.thread({ authorId: members[1].id });
    await t.dataSource.query(
      `INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById") SELECT $1, unnest($2::uuid[]), 'Vedi', $3`,
      [other.id, [published.id, draft.id], members[0].id],
    );
    const thread = (author: string, practice: string, linkedBy: string) =>
      `query ($id: ID!) { thread(id: $id) { author { ${author} } practices { note practice { ${practice} } linkedBy { ${linkedBy} } } } }`;
    const lean = await t.gql(viewer, thread(CARD, 'id slug title', 'id handle displayName'), { id: other.id });
    const rich = await t.gql(viewer, thread(MEMBER_FIELDS, 'id slug title summary status', MEMBER_FIELDS), { id: other.id });
    expect(lean.errors).toBeUndefined();
    expect(rich.errors).toBeUndefined();
    expect(rich.data.thread.author).toEqual(whole.get(members[1].id));
    expect(lean.data.thread.author).toEqual({
      ...pick(whole.get(members[1].id)!, ['id', 'handle', 'displayName', 'jobTitle']),
      administration: { ...pick(whole.get(members[1].id)!.administration as Record<string, unknown>, ['id', 'name', 'region']), convergence: false },
    });
    expect(lean.data.thread.practices).toEqual([
      { note: 'Vedi', practice: { id: published.id, slug: published.slug, title: published.title }, linkedBy: pick(whole.get(members[0].id)!, ['id', 'handle', 'displayName']) },
    ]);
    expect(rich.data.thread.practices).toEqual([
      { note: 'Vedi', practice: { id: published.id, slug: published.slug, title: published.title, summary: published.summary, status: 'PUBLISHED' }, linkedBy: whole.get(members[0].id) },
    ]);
    // In a list of threads the links come from their own statement, with the same cards.
    const listed = await t.gql(viewer, `{ threads(first: 50) { nodes { id practices { practice { id slug title } linkedBy { id handle } } } } }`);
    expect(listed.errors).toBeUndefined();
    const inList = listed.data.threads.nodes.find((n: { id: string }) => n.id === other.id);
    expect(inList.practices).toEqual([{ practice: { id: published.id, slug: published.slug, title: published.title }, linkedBy: { id: members[0].id, handle: members[0].handle } }]);
  });

  it('reads the cards in the posts statement itself, and the whole members in one more whatever the page size', async () => {
    const count = (query: string) =>
      t.queries.count(async () => {
        const res = await t.gql(viewer, query, { id: threadId });
        expect(res.errors).toBeUndefined();
      });
    const cards = Math.min(await count(page(CARD)), await count(page(CARD)));
    const whole = Math.min(await count(page(MEMBER_FIELDS)), await count(page(MEMBER_FIELDS)));
    // Whole members: one statement for the members, one for their administrations.
    expect(whole).toBe(cards + 2);
    expect(t.queries.statements.some((sql) => /FROM "member"|FROM member/.test(sql))).toBe(true);
  });
});
