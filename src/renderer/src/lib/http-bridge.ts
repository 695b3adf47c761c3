import { channels, type Api, type Channel, type Envelope } from '../../../shared/contract';
import { BRIDGE_HEADER, decodeWire, encodeWire } from '../../../shared/wire-codec';

/**
 * Browser mode: the same named functions as the Electron preload, built from the same contract, carried
 * over HTTP to the local server (`npm run web`). The session cookie set by the server's token link
 * authenticates the calls; only the transport differs from the desktop app.
 */
/** 16,000 UTF-16 units are at most 48 KB of UTF-8: under the keepalive budget with room to spare. */
const KEEPALIVE_MAX_CHARS = 16_000;

export function createHttpApi(): Api {
  const call = async (channel: Channel, input: unknown): Promise<Envelope<unknown>> => {
    let response: Response;
    const body = encodeWire(input === undefined ? null : input);
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [BRIDGE_HEADER]: '1' },
        body,
        credentials: 'same-origin',
        // A save sent as the tab closes (pagehide) still reaches the server; browsers allow this only
        // for small bodies (64 KB in all, UTF-8), so a large request goes without it.
        keepalive: body.length <= KEEPALIVE_MAX_CHARS,
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'io-failed',
          message: 'The local Résumé Tailor server is not answering. Is `npm run web` still running?',
        },
      };
    }
    const text = await response.text();
    try {
      return decodeWire(text) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'forbidden',
          message: `The local server refused the request (${response.status}): ${text.slice(0, 200)}`,
        },
      };
    }
  };
  return Object.fromEntries(channels.map((c) => [c, (input?: unknown) => call(c, input)])) as unknown as Api;
}
