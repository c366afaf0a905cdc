import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { settle, SocketClient, startTestApp, TestApp } from '@app/testing';

describe('socket.io limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_SOCKET_HANDSHAKES: '3/60', RATE_LIMIT_SOCKET_EVENTS: '20/10' } });
  });
  afterAll(() => t.close());

  it('refuses handshakes beyond the limit per address with connect_error RATE_LIMITED', async () => {
    const member = await t.seed.member();
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    const open: SocketClient[] = [];
    for (let i = 0; i < 3; i++) open.push(await SocketClient.connect(t.baseUrl, member, { headers }));
    await expect(SocketClient.connect(t.baseUrl, member, { headers })).rejects.toThrow('RATE_LIMITED');
    // Bad tokens count too, so guessing is bounded as well.
    await expect(SocketClient.connect(t.baseUrl, { token: 'falso' }, { headers })).rejects.toThrow('RATE_LIMITED');
    const elsewhere = await SocketClient.connect(t.baseUrl, member, { headers: { 'x-forwarded-for': '198.51.100.8' } });
    expect(elsewhere.socket.connected).toBe(true);
    for (const client of [...open, elsewhere]) client.close();
  });

  it('disconnects a socket that sends more events than allowed in the window', async () => {
    const member = await t.seed.member();
    const client = await SocketClient.connect(t.baseUrl, member, { headers: { 'x-forwarded-for': '198.51.100.9' } });
    const reason = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    const within = await client.request('thread:unwatch', { threadId: '00000000-0000-4000-8000-000000000000' });
    expect(within).toEqual({ ok: true });
    for (let i = 0; i < 25; i++) client.socket.emit('thread:unwatch', { threadId: '00000000-0000-4000-8000-000000000000' }, () => {});
    expect(await reason).toBe('io server disconnect');
    await settle(100);
    expect(client.socket.connected).toBe(false);
  });
});
