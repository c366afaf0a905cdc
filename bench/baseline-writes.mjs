// Baseline of a reply: node:http + pg doing the transaction of replyToThread without the API's
// framework: the same token check and viewer lookup, then in one transaction the thread's row
// lock, the post (its body rendered by the same Markdown renderer; the post triggers keep the
// counters), the thread's last activity, the author's follow of the thread and the notification
// rows (the API's own fan-out statement, from the compiled libs), and the new post as JSON.
// POST /reply { threadId, body } with the member's bearer token.
import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const dist = (path) => import(pathToFileURL(join(new URL('..', import.meta.url).pathname, 'dist', path)).href);
const { renderMarkdown } = await dist('libs/core/src/markdown/markdown-renderer.js');
const { viewerFields } = await dist('libs/members/src/member/member.queries.js');
const { insertFollowUnlessAny } = await dist('libs/notifications/src/follow/follow.queries.js');
const { NotificationWriter } = await dist('libs/notifications/src/notification/notification-writer.queries.js');

// As many connections as the API's pool.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const KEY = createSecretKey(Buffer.from(process.env.JWT_SECRET, 'utf8'));
const writer = new NotificationWriter();
const rows = (client) => ({ query: async (sql, values) => (await client.query(sql, values)).rows });

async function reply(memberId, threadId, body) {
  const bodyHtml = renderMarkdown(body);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [thread] } = await client.query('SELECT "id", "status", "hidden", "lastActivityAt" FROM thread WHERE "id" = $1 FOR UPDATE', [threadId]);
    if (!thread || thread.hidden || thread.status === 'LOCKED') throw new Error('thread');
    const createdAt = new Date(Math.max(Date.now(), thread.lastActivityAt.getTime() + 1));
    const { rows: [post] } = await client.query(
      `INSERT INTO post ("threadId", "authorId", "replyToId", "opening", "body", "bodyHtml", "mentionedIds", "version", "hidden", "usefulCount", "createdAt")
       VALUES ($1, $2, NULL, false, $3, $4, '{}', 1, false, 0, $5) RETURNING *`,
      [threadId, memberId, body, bodyHtml, createdAt],
    );
    await client.query('UPDATE thread SET "lastActivityAt" = $2 WHERE "id" = $1', [threadId, createdAt]);
    await insertFollowUnlessAny(rows(client), memberId, 'THREAD', threadId);
    await writer.postCreated(rows(client), { postId: post.id, threadId, authorId: memberId, replyToAuthorId: null, mentionedMemberIds: [] });
    await client.query('COMMIT');
    return post;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { threadId, body } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const claims = jwt.verify(req.headers.authorization?.replace(/^Bearer /, ''), KEY, { algorithms: ['HS256'], issuer: 'buone-pratiche-hub' });
      const viewer = await viewerFields(rows(pool), claims.sub);
      if (!viewer || viewer.status !== 'ACTIVE') throw new Error('viewer');
      const post = await reply(claims.sub, threadId, body);
      const answer = JSON.stringify({ data: { replyToThread: { id: post.id, body: post.body, bodyHtml: post.bodyHtml, createdAt: post.createdAt } } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err?.stack ?? err));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`baseline listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
