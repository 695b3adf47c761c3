import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'rt_session';

/**
 * Browser mode listens on loopback, but any web page the user visits can still send requests to
 * 127.0.0.1. Three checks keep them out: the Host header must be ours (defeats DNS rebinding), a
 * cross-site Origin is refused, and every request must carry this run's random token (in the session
 * cookie set by the printed link).
 */
export function createRequestGuard(token: string, port: () => number) {
  const allowedHosts = () => [`127.0.0.1:${port()}`, `localhost:${port()}`];

  return {
    hostAllowed(request: IncomingMessage): boolean {
      return allowedHosts().includes(request.headers.host ?? '');
    },
    originAllowed(request: IncomingMessage): boolean {
      const origin = request.headers.origin;
      return origin === undefined || allowedHosts().some((host) => origin === `http://${host}`);
    },
    tokenMatches(candidate: string | undefined): boolean {
      if (candidate === undefined) return false;
      const a = Buffer.from(candidate);
      const b = Buffer.from(token);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    sessionToken(request: IncomingMessage): string | undefined {
      const cookies = request.headers.cookie ?? '';
      for (const part of cookies.split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === SESSION_COOKIE) return value.join('=');
      }
      return undefined;
    },
  };
}
