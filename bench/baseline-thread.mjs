// Baseline of the thread page: node:http + pg, hand-written SQL, the same JSON as the API's
// THREAD_PAGE_QUERY (same token check and viewer lookup), no GraphQL, no framework.
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SECRET = process.env.JWT_SECRET;
const PAGE = 20;

const MEMBER_COLUMNS = (m, a) => `${m}.id AS "${m}Id", ${m}.handle AS "${m}Handle", ${m}."displayName" AS "${m}Name", ${m}."jobTitle" AS "${m}Job",
  ${a}.id AS "${a}Id", ${a}.name AS "${a}Name", ${a}.region AS "${a}Region"`;

function member(row, m, a) {
  return {
    id: row[`${m}Id`],
    handle: row[`${m}Handle`],
    displayName: row[`${m}Name`],
    jobTitle: row[`${m}Job`],
    administration: row[`${a}Id`] ? { id: row[`${a}Id`], name: row[`${a}Name`], region: row[`${a}Region`] } : null,
  };
}

const cursor = (p) => Buffer.from(JSON.stringify(['c1', p.opening, p.createdAt.toISOString(), p.id]), 'utf8').toString('base64url');

async function threadPage(viewerId, id) {
  let moderator = false;
  if (viewerId) {
    const { rows } = await pool.query('SELECT role, status FROM member WHERE id = $1', [viewerId]);
    moderator = rows[0] && rows[0].status === 'ACTIVE' && rows[0].role !== 'MEMBER';
  }
  const [thread, links, posts] = await Promise.all([
    pool.query(
      `SELECT t.id, t.title, t.tags, t.status, t.pinned, t."createdAt", t."lastActivityAt",
              (SELECT count(*)::int FROM post p WHERE p."threadId" = t.id AND (NOT p.hidden OR $2)) AS "postCount",
              c.id AS "categoryId", c.slug AS "categorySlug", c.name AS "categoryName", ${MEMBER_COLUMNS('a', 'aa')}
       FROM thread t JOIN category c ON c.id = t."categoryId" JOIN member a ON a.id = t."authorId"
       LEFT JOIN administration aa ON aa.id = a."administrationId"
       WHERE t.id = $1 AND (NOT t.hidden OR $2)`,
      [id, moderator],
    ),
    pool.query(
      `SELECT l.note, l."linkedAt", pr.id AS "practiceId", pr.slug, pr.title, lm.id AS "linkerId", lm."displayName" AS "linkerName"
       FROM thread_practice_link l JOIN practice pr ON pr.id = l."practiceId" JOIN member lm ON lm.id = l."linkedById"
       WHERE l."threadId" = $1 AND (pr.status <> 'DRAFT' OR $2)
       ORDER BY l."linkedAt", l."practiceId"`,
      [id, moderator],
    ),
    pool.query(
      `SELECT p.id, p.opening, p."bodyHtml", p."createdAt", p."editedAt", p.version, p."usefulCount", p."replyToId",
              EXISTS (SELECT 1 FROM useful_mark u WHERE u."postId" = p.id AND u."memberId" = $3) AS "viewerFoundUseful",
              (SELECT coalesce(json_agg(json_build_object('id', mm.id, 'handle', mm.handle) ORDER BY k), '[]')
               FROM unnest(p."mentionedIds") WITH ORDINALITY AS x(mid, k) JOIN member mm ON mm.id = x.mid) AS mentions,
              ${MEMBER_COLUMNS('a', 'aa')}
       FROM post p JOIN member a ON a.id = p."authorId" LEFT JOIN administration aa ON aa.id = a."administrationId"
       WHERE p."threadId" = $1 AND (NOT p.hidden OR $2)
       ORDER BY p.opening DESC, p."createdAt", p.id LIMIT ${PAGE + 1}`,
      [id, moderator, viewerId],
    ),
  ]);
  const t = thread.rows[0];
  if (!t) return null;
  const nodes = posts.rows.slice(0, PAGE);
  const last = nodes[nodes.length - 1];
  return {
    id: t.id,
    title: t.title,
    tags: t.tags,
    status: t.status,
    pinned: t.pinned,
    createdAt: t.createdAt,
    lastActivityAt: t.lastActivityAt,
    postCount: t.postCount,
    category: { id: t.categoryId, slug: t.categorySlug, name: t.categoryName },
    author: member(t, 'a', 'aa'),
    practices: links.rows.map((l) => ({
      note: l.note,
      linkedAt: l.linkedAt,
      practice: { id: l.practiceId, slug: l.slug, title: l.title },
      linkedBy: { id: l.linkerId, displayName: l.linkerName },
    })),
    posts: {
      pageInfo: { hasNextPage: posts.rows.length > PAGE, endCursor: last ? cursor(last) : null },
      nodes: nodes.map((p) => ({
        id: p.id,
        bodyHtml: p.bodyHtml,
        createdAt: p.createdAt,
        editedAt: p.editedAt,
        version: p.version,
        usefulCount: p.usefulCount,
        viewerFoundUseful: p.viewerFoundUseful,
        replyTo: p.replyToId ? { id: p.replyToId } : null,
        mentions: p.mentions,
        author: member(p, 'a', 'aa'),
      })),
    },
  };
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const auth = req.headers.authorization?.replace(/^Bearer /, '');
      let viewerId = null;
      if (auth) {
        try {
          viewerId = jwt.verify(auth, SECRET, { algorithms: ['HS256'], issuer: 'buone-pratiche-hub' }).sub;
        } catch {
          viewerId = null;
        }
      }
      const body = JSON.stringify({ data: { thread: await threadPage(viewerId, variables.id) } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`baseline listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
