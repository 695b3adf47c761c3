import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../../src/web/bridge-server';
import { BRIDGE_HEADER, decodeWire } from '../../../src/shared/wire-codec';
import { withBackend } from '../backend-fixture';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  url: URL,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode serves only this run, on loopback', () => {
  let ctx: ReturnType<typeof withBackend>;
  let bridge: BridgeServer;
  let base: URL;
  let cookie: string;

  beforeAll(async () => {
    ctx = withBackend();
    bridge = await startBridgeServer({
      handlers: ctx.backend.handlers,
      rendererDir: join(process.cwd(), 'out', 'renderer'),
    });
    base = new URL(bridge.url);
    const login = await send(base, {});
    cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  });
  afterAll(async () => {
    await bridge.close();
    ctx.dispose();
  });

  const api = (channel: string, headers: Record<string, string>, body = 'null') =>
    send(new URL(`/api/${channel}`, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('binds 127.0.0.1 and prints a link with a long random token', () => {
    expect(base.hostname).toBe('127.0.0.1');
    expect(base.searchParams.get('token')?.length).toBeGreaterThanOrEqual(32);
    expect(cookie).toMatch(new RegExp(`^rt_session_${base.port}=`));
  });

  it('answers the app with the cookie from the link', async () => {
    const reply = await api('listJobs', { cookie, [BRIDGE_HEADER]: '1' });
    expect(reply.status).toBe(200);
    expect(decodeWire(reply.body)).toMatchObject({ ok: true });
  });

  it('refuses a request without the token', async () => {
    const reply = await api('getResume', { [BRIDGE_HEADER]: '1' });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('profile');
  });

  it('refuses a wrong token in the link', async () => {
    const reply = await send(new URL('/?token=guess', base), {});
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Host (DNS rebinding) even with the cookie', async () => {
    const reply = await api('getResume', { cookie, [BRIDGE_HEADER]: '1', host: `evil.example:${base.port}` });
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Origin even with the cookie', async () => {
    const reply = await api('getResume', { cookie, [BRIDGE_HEADER]: '1', origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
  });

  it('refuses API calls that are not the app’s POSTs', async () => {
    const reply = await send(new URL('/api/getResume', base), { headers: { cookie } });
    expect(reply.status).toBe(405);
  });

  it('answers malformed JSON with a typed error', async () => {
    const reply = await api('getJob', { cookie, [BRIDGE_HEADER]: '1' }, '{"id": ');
    expect(decodeWire(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a huge list or object by its size, before parsing it', async () => {
    const headers = { cookie, [BRIDGE_HEADER]: '1' };
    // 2 million ids (4 MB) and 300,000 keys (4 MB): each took seconds of main's time to parse and check.
    const list = `{"jobId":1,"kind":"entry","parentId":1,"ids":[${'1,'.repeat(2_000_000)}1]}`;
    const keys = `{"id":1,${Array.from({ length: 300_000 }, (_, i) => `"k${i}":0`).join(',')}}`;
    for (const [channel, body] of [
      ['setOrder', list],
      ['getJob', keys],
    ] as const) {
      const reply = decodeWire((await api(channel, headers, body)).body);
      expect(reply).toMatchObject({ ok: false, error: { code: 'too-large' } });
      expect((reply as { error: { message: string } }).error.message).toContain('1 MB the app accepts');
    }
    // A whole posting still fits its own, larger, allowance.
    const posting = JSON.stringify({ text: `Pharmacist\n${'Dispensing and counselling. '.repeat(40_000)}` });
    expect(decodeWire((await api('createJob', headers, posting)).body)).toMatchObject({ ok: true });
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await send(new URL(path, base), { headers: { cookie } });
      expect(reply.status).toBe(404);
    }
  });

  it('keeps working beside a second instance in the same browser', async () => {
    // Browsers keep one cookie jar per host, whatever the port: both servers receive both cookies.
    const second = await startBridgeServer({
      handlers: ctx.backend.handlers,
      rendererDir: join(process.cwd(), 'out', 'renderer'),
    });
    try {
      const secondBase = new URL(second.url);
      const login = await send(secondBase, {});
      const secondCookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
      expect(secondCookie.split('=')[0]).not.toBe(cookie.split('=')[0]);
      const jar = `${cookie}; ${secondCookie}`;
      for (const [target, cookies] of [
        [base, jar],
        [secondBase, jar],
        [secondBase, `${secondCookie}; ${cookie}`],
      ] as const) {
        const reply = await send(new URL('/api/listJobs', target), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies, [BRIDGE_HEADER]: '1' },
          body: 'null',
        });
        expect(reply.status).toBe(200);
      }
      // Each server's token opens that server only.
      const crossed = await send(new URL('/api/listJobs', secondBase), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: cookie.replace(/^rt_session_\d+/, `rt_session_${secondBase.port}`),
          [BRIDGE_HEADER]: '1',
        },
        body: 'null',
      });
      expect(crossed.status).toBe(403);
    } finally {
      await second.close();
    }
  });
});
