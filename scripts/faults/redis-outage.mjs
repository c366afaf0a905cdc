// Redis stopped: writes still succeed and their notifications are in the inbox;
// live delivery resumes by itself when Redis returns.
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { ADMIN, assert, community, createThread, gql, log, run, startApi, startPostgres, startRedis } from '../lib/harness.mjs';

const REPLY = 'mutation ($i: ReplyInput!) { replyToThread(input: $i) { id } }';
const INBOX = '{ notifications(first: 10) { nodes { id post { id } } } }';

await run('fault: Redis outage', 150, async () => {
  const db = await startPostgres();
  const redis = await startRedis();
  const api = await startApi({ DATABASE_URL: db.url, REDIS_URL: redis.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  const { members } = await community(api.baseUrl, 2);
  const [author, reader] = members;
  const threadId = await createThread(api.baseUrl, author.token, 'Conservazione sostitutiva: esperienze');
  await gql(api.baseUrl, reader.token, 'mutation ($id: String!) { follow(targetType: THREAD, targetId: $id) { id } }', { id: threadId });

  const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: reader.token }, transports: ['websocket'], reconnectionDelay: 200 });
  const received = [];
  socket.on('notification', (n) => received.push(n.postId));
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });

  async function reply(body) {
    const res = await gql(api.baseUrl, author.token, REPLY, { i: { threadId, body } });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.replyToThread.id;
  }
  async function delivered(postId, ms) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (received.includes(postId)) return true;
      await sleep(50);
    }
    return false;
  }

  const before = await reply('Prima risposta, Redis attivo.');
  assert(await delivered(before, 5000), 'a notification is delivered live while Redis runs');

  log('stopping Redis');
  redis.stop();
  await sleep(1000);
  const during = await reply('Seconda risposta, Redis fermo.');
  assert(typeof during === 'string', 'a write succeeds while Redis is down');
  const inbox = await gql(api.baseUrl, reader.token, INBOX);
  assert(inbox.data.notifications.nodes.some((n) => n.post?.id === during), 'its notification is in the inbox');

  log('starting Redis again on the same port');
  await startRedis(redis.port);
  const after = Date.now();
  let resumed = false;
  while (!resumed && Date.now() - after < 30_000) {
    const id = await reply(`Risposta dopo il ritorno di Redis (${Date.now() - after} ms).`);
    resumed = await delivered(id, 1500);
  }
  assert(resumed, `live delivery resumes ${Date.now() - after} ms after Redis returned`);
  assert(api.child.exitCode === null, 'the API process never crashed');
  socket.close();
});
