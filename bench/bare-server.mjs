// The baseline: a bare socket.io server doing the same broadcast as the API, without auth,
// GraphQL or a database. POST /post emits post:created to the thread's room, then answers.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';

const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/post') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const { threadId, authorId } = JSON.parse(body);
    const payload = { threadId, postId: randomUUID(), authorId };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    io.to(`thread:${threadId}`).emit('post:created', payload);
  });
});
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('thread:watch', (payload, ack) => {
    socket.join(`thread:${payload.threadId}`);
    ack?.({ ok: true });
  });
});
http.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${process.env.PORT}\n`));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
