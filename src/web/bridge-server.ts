import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Envelope, Handlers } from '../shared/contract';
import { contract, DEFAULT_WIRE_BYTES } from '../shared/contract';
import { BRIDGE_HEADER, decodeWire, encodeWire } from '../shared/wire-codec';
import { dispatch } from '../main/ipc/dispatch';
import { createRequestGuard } from './request-guard';
import { readStaticFile } from '../main/adapters/static-files';
import { RENDERER_CSP } from '../main/adapters/renderer-csp';

/** The largest body `channel` may send, from the contract; beyond it the body is refused unparsed. */
function maxBodyBytes(channel: string): number {
  if (!Object.hasOwn(contract, channel)) return DEFAULT_WIRE_BYTES;
  const entry = contract[channel as keyof typeof contract];
  return 'wireBytes' in entry ? entry.wireBytes : DEFAULT_WIRE_BYTES;
}

export interface BridgeServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the built renderer and carries the contract's calls over HTTP to the same
 * handlers the Electron main process registers. Loopback only, one random token per run.
 */
export async function startBridgeServer(options: {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
}): Promise<BridgeServer> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const guard = createRequestGuard(token, () => port);

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.');
      console.error(error);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!guard.hostAllowed(request) || !guard.originAllowed(request)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: wrong Host or Origin.');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('token') ?? undefined;
    if (offered !== undefined && request.method === 'GET' && guard.tokenMatches(offered)) {
      response.writeHead(303, {
        location: '/',
        'set-cookie': guard.sessionCookie(),
        'cache-control': 'no-store',
      });
      response.end();
      return;
    }
    if (!guard.tokenMatches(guard.sessionToken(request))) {
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Forbidden: open the link printed by `npm run web`; it carries this run’s access token.',
      );
    }
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    send(response, 200, file.type, file.body);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST' || request.headers[BRIDGE_HEADER] !== '1') {
      return send(response, 405, 'text/plain; charset=utf-8', 'API calls are POST requests from the app.');
    }
    const limit = maxBodyBytes(channel);
    const body = await readBody(request, limit);
    let envelope: Envelope<unknown>;
    if (body === null) {
      envelope = {
        ok: false,
        error: {
          code: 'too-large',
          message: `The request "${channel.slice(0, 80)}" is larger than the ${formatBytes(limit)} the app accepts for it.`,
          details: { maximumBytes: limit },
        },
      };
    } else {
      let input: unknown;
      try {
        input = decodeWire(body);
      } catch {
        input = Symbol('malformed');
      }
      envelope =
        typeof input === 'symbol'
          ? { ok: false, error: { code: 'invalid-input', message: 'The request was not valid JSON.' } }
          : await dispatch(options.handlers, channel, input === null ? undefined : input);
    }
    send(response, 200, 'application/json; charset=utf-8', encodeWire(envelope));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open; close() alone would wait for them forever.
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}

const formatBytes = (bytes: number): string =>
  bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;

/** The body as text, or null when it grows past `limit` (the rest is drained, not buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
