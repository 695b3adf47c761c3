import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../../src/shared/renderer-csp';
import { startBridgeServer, type BridgeServer } from '../../../src/web/bridge-server';
import { withBackend } from '../backend-fixture';

interface Reply {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: URL, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** The page as browser mode serves it: the link with the token sets the session, then the page. */
async function servedPage(link: string): Promise<{ policy: string; body: string }> {
  const login = await get(new URL(link));
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const page = await get(new URL('/', link), { cookie });
  return { policy: String(page.headers['content-security-policy']), body: page.body };
}

/** The built page's meta policy, attribute entities decoded as a browser reads them. */
function metaPolicy(html: string): string | undefined {
  const tag = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
  return tag
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );

describe('the renderer has one strict Content-Security-Policy, as served', () => {
  let ctx: ReturnType<typeof withBackend>;
  let bridge: BridgeServer;
  let served: { policy: string; body: string };

  beforeAll(async () => {
    ctx = withBackend();
    bridge = await startBridgeServer({
      handlers: ctx.backend.handlers,
      rendererDir: join(process.cwd(), 'out', 'renderer'),
    });
    served = await servedPage(bridge.url);
  });
  afterAll(async () => {
    await bridge.close();
    ctx.dispose();
  });

  it('sends the policy as a header, and the built page carries the same one in its meta tag', () => {
    expect(served.body).toContain('<div id="root">');
    expect(served.policy).toBe(RENDERER_CSP);
    expect(metaPolicy(served.body)).toBe(RENDERER_CSP_META);
    // The meta tag says everything the header says but what only a header can (who may frame it).
    const header = directives(served.policy);
    header.delete('frame-ancestors');
    expect(directives(metaPolicy(served.body) ?? '')).toEqual(header);
  });

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (directive, values) => {
    expect(directives(served.policy).get(directive)).toEqual(values);
  });

  it('lets pdf.js run its worker from the app only, and never allows eval or inline script', () => {
    const policy = directives(served.policy);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });
});
