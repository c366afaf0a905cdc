// Minimal thread page: node:http + pg, the same JSON as the API's THREAD_PAGE_QUERY (same token
// check and viewer lookup) with the plainest SQL that can be written by hand for it: flat joins
// selecting only the columns the page shows, counts read from their columns, the viewer's marks
// as a join, the mentioned members in one lookup for the whole page. No correlated subquery per
// row. Statements prepared, as the API's, so that the comparison is of SQL alone.
import { createHash, createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const names = new Map();
/** Named statements, planned once per connection, as the API and the same-SQL baseline run theirs. */
const pool = {
  query(text, values) {
    let name = names.get(text);
    if (!name) names.set(text, (name = `s_${createHash('sha1').update(text).digest('base64url')}`));
    return pgPool.query({ name, text, values });
  },
};
const KEY = createSecretKey(Buffer.from(process.env.JWT_SECRET, 'utf8'));
const PAGE = 20;

const member = (r, m, a) => ({
  id: r[`${m}_id`],
  handle: r[`${m}_handle`],
  displayName: r[`${m}_name`],
  jobTitle: r[`${m}_job`],
  administration: r[`${a}_id`] ? { id: r[`${a}_id`], name: r[`${a}_name`], region: r[`${a}_region`] } : null,
});

const cursor = (p) => Buffer.from(JSON.stringify(['c1', p.opening, p.createdAt.toISOString(), p.id]), 'utf8').toString('base64url');

async function threadPage(claims, id) {
  let moderator = false;
  let viewerId = null;
  if (claims?.sub) {
    const { rows } = await pool.query('SELECT role, status, "tokenVersion" FROM member WHERE id = $1', [claims.sub]);
    if (rows[0] && rows[0].tokenVersion === (claims.ver ?? 0)) {
      viewerId = claims.sub;
      moderator = rows[0].status === 'ACTIVE' && rows[0].role !== 'MEMBER';
    }
  }
  const [thread, links, posts] = await Promise.all([
    pool.query(
      `SELECT t.id, t.title, t.tags, t.status, t.pinned, t."createdAt", t."lastActivityAt", t."postCount", t."hiddenPostCount",
              c.id AS c_id, c.slug AS c_slug, c.name AS c_name,
              a.id AS a_id, a.handle AS a_handle, a."displayName" AS a_name, a."jobTitle" AS a_job, aa.id AS aa_id, aa.name AS aa_name, aa.region AS aa_region
       FROM thread t JOIN category c ON c.id = t."categoryId" JOIN member a ON a.id = t."authorId"
       LEFT JOIN administration aa ON aa.id = a."administrationId"
       WHERE t.id = $1 AND (NOT t.hidden OR $2)`,
      [id, moderator],
    ),
    pool.query(
      `SELECT l.note, l."linkedAt", pr.id, pr.slug, pr.title, lm.id AS lm_id, lm."displayName" AS lm_name
       FROM thread_practice_link l JOIN practice pr ON pr.id = l."practiceId" JOIN member lm ON lm.id = l."linkedById"
       WHERE l."threadId" = $1 AND (pr.status <> 'DRAFT' OR $2)
       ORDER BY l."linkedAt", l."practiceId"`,
      [id, moderator],
    ),
    pool.query(
      `SELECT p.id, p.opening, p."bodyHtml", p."createdAt", p."editedAt", p.version, p."usefulCount", p."replyToId", p."mentionedIds",
              u."postId" IS NOT NULL AS useful,
              a.id AS a_id, a.handle AS a_handle, a."displayName" AS a_name, a."jobTitle" AS a_job, aa.id AS aa_id, aa.name AS aa_name, aa.region AS aa_region
       FROM post p JOIN member a ON a.id = p."authorId" LEFT JOIN administration aa ON aa.id = a."administrationId"
       LEFT JOIN useful_mark u ON u."postId" = p.id AND u."memberId" = $3
       WHERE p."threadId" = $1 AND (NOT p.hidden OR $2)
       ORDER BY p.opening DESC, p."createdAt", p.id LIMIT ${PAGE + 1}`,
      [id, moderator, viewerId],
    ),
  ]);
  const t = thread.rows[0];
  if (!t) return null;
  const nodes = posts.rows.slice(0, PAGE);
  const mentioned = [...new Set(nodes.flatMap((p) => p.mentionedIds))];
  const handles = new Map();
  if (mentioned.length) {
    const { rows } = await pool.query('SELECT id, handle FROM member WHERE id = ANY($1::uuid[])', [mentioned]);
    for (const m of rows) handles.set(m.id, m);
  }
  const last = nodes[nodes.length - 1];
  return {
    id: t.id,
    title: t.title,
    tags: t.tags,
    status: t.status,
    pinned: t.pinned,
    createdAt: t.createdAt,
    lastActivityAt: t.lastActivityAt,
    postCount: moderator ? t.postCount + t.hiddenPostCount : t.postCount,
    category: { id: t.c_id, slug: t.c_slug, name: t.c_name },
    author: member(t, 'a', 'aa'),
    practices: links.rows.map((l) => ({
      note: l.note,
      linkedAt: l.linkedAt,
      practice: { id: l.id, slug: l.slug, title: l.title },
      linkedBy: { id: l.lm_id, displayName: l.lm_name },
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
        viewerFoundUseful: p.useful,
        replyTo: p.replyToId ? { id: p.replyToId } : null,
        mentions: p.mentionedIds.map((m) => handles.get(m)).filter(Boolean),
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
      let claims;
      try {
        claims = auth ? jwt.verify(auth, KEY, { algorithms: ['HS256'], issuer: 'buone-pratiche-hub' }) : null;
      } catch {
        claims = null;
      }
      const body = JSON.stringify({ data: { thread: await threadPage(claims, variables.id) } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`minimal listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => pgPool.end().then(() => process.exit(0))));
