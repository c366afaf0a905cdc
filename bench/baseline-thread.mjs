// Baseline of the thread page: node:http + pg running the API's own statements (built by the
// compiled statement functions of libs/forum: viewer, thread with category, author, counts and
// links, posts with the viewer's marks and the cards of the members they name), prepared like the API's, and
// the same JSON as the API's THREAD_PAGE_QUERY (same token check and viewer lookup). No GraphQL,
// no framework, no loaders: the rows go straight into the answer.
import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { DataSource } from 'typeorm';

const dist = (path) => import(pathToFileURL(join(new URL('..', import.meta.url).pathname, 'dist', path)).href);
const { ViewerContext } = await dist('libs/core/src/auth/viewer.js');
const { viewerFields } = await dist('libs/members/src/member/member.queries.js');
const { threadPageSql } = await dist('libs/forum/src/thread/thread.queries.js');
const { postPagesSql, AUTHOR_CARD } = await dist('libs/forum/src/post/post.queries.js');
const { memberCardOf } = await dist('libs/members/src/member/member-card.js');
const entities = await Promise.all(
  [
    ['libs/forum/src/thread/thread.entity.js', 'ThreadEntity'],
    ['libs/forum/src/post/post.entity.js', 'PostEntity'],
    ['libs/forum/src/category/category.entity.js', 'CategoryEntity'],
    ['libs/forum/src/practice-link/practice-link.entity.js', 'PracticeLinkEntity'],
    ['libs/members/src/member/member.entity.js', 'MemberEntity'],
    ['libs/members/src/administration/administration.entity.js', 'AdministrationEntity'],
    ['libs/practices/src/practice/practice.entity.js', 'PracticeEntity'],
  ].map(async ([path, name]) => (await dist(path))[name]),
);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The entities' metadata only (the statement functions read their columns from it).
const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities, extra: { max: 1 } });
await ds.initialize();
const KEY = createSecretKey(Buffer.from(process.env.JWT_SECRET, 'utf8'));
const PAGE = 20;

const { statementName } = await dist('libs/core/src/database/prepared.js');
/** Named statements, named as the API's `prepared` names them. */
const db = {
  async query(text, values) {
    return (await pool.query({ name: statementName(text), text, values })).rows;
  },
};

/** The same statements run once more under EXPLAIN (ANALYZE, BUFFERS), their plans kept in `plans` (the bench's BENCH_VERBOSE). */
function explaining(plans) {
  return {
    async query(text, values) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      plans.push(`${text.replace(/\s+/g, ' ')}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      return db.query(text, values);
    },
  };
}

const at = (value) => (typeof value === 'string' ? new Date(value) : value);
const administration = (a) => (a ? { id: a.id, name: a.name, region: a.region } : null);
const card = (c) => ({ id: c.id, handle: c.handle, displayName: c.displayName, jobTitle: c.jobTitle, administration: administration(c.administration) });
const cursor = (p) => Buffer.from(JSON.stringify(['c1', p.opening, p.createdAt.toISOString(), p.id]), 'utf8').toString('base64url');

async function threadPage(token, id, db) {
  let viewer = ViewerContext.anonymous();
  let claims;
  try {
    claims = token ? jwt.verify(token, KEY, { algorithms: ['HS256'], issuer: 'buone-pratiche-hub' }) : null;
  } catch {
    claims = null;
  }
  if (claims?.sub) {
    const row = await viewerFields(db, claims.sub);
    if (row && row.tokenVersion === (claims.ver ?? 0)) viewer = ViewerContext.member(claims.sub, row.role, row.status, row.joinedAt);
  }
  const thread = threadPageSql(ds, viewer, id);
  const [t] = await db.query(thread.sql, thread.values);
  if (!t || (t.hidden && !viewer.canModerate)) return null;
  const posts = postPagesSql(ds, viewer, [id], { first: PAGE });
  const rows = await db.query(posts.sql, posts.values);
  const nodes = rows.slice(0, PAGE);
  const last = nodes[nodes.length - 1];
  return {
    id: t.id,
    title: t.title,
    tags: t.tags,
    status: t.status,
    pinned: t.pinned,
    createdAt: t.createdAt,
    lastActivityAt: t.lastActivityAt,
    postCount: t.__postCount,
    category: { id: t.__category.id, slug: t.__category.slug, name: t.__category.name },
    author: card(memberCardOf(t, '__author_')),
    practices: (t.__links ?? [])
      .filter((l) => l.visible)
      .map((l) => ({
        note: l.note,
        linkedAt: at(l.linkedAt),
        practice: { id: l.practiceId, slug: l.practiceSlug, title: l.practiceTitle },
        linkedBy: { id: l.linkedBy_id, displayName: l.linkedBy_displayName },
      })),
    posts: {
      pageInfo: { hasNextPage: rows.length > PAGE, endCursor: last ? cursor(last) : null },
      nodes: nodes.map((p) => ({
        id: p.id,
        bodyHtml: p.bodyHtml,
        createdAt: p.createdAt,
        editedAt: p.editedAt,
        version: p.version,
        usefulCount: p.usefulCount,
        viewerFoundUseful: p.__useful,
        replyTo: p.replyToId ? { id: p.replyToId } : null,
        mentions: (p.__mentions ?? [])
          .map((row) => memberCardOf(row))
          .sort((a, b) => p.mentionedIds.indexOf(a.id) - p.mentionedIds.indexOf(b.id))
          .map((m) => ({ id: m.id, handle: m.handle })),
        author: card(memberCardOf(p, AUTHOR_CARD)),
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
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      const plans = req.headers['x-explain'] ? [] : null;
      const thread = await threadPage(token, variables.id, plans ? explaining(plans) : db);
      const body = JSON.stringify(plans ? { plans } : { data: { thread } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err?.stack ?? err));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`baseline listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => Promise.all([pool.end(), ds.destroy()]).then(() => process.exit(0))));
