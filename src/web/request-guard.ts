import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The session cookie's name for the server on `port`. Browsers scope cookies by host, not by port, so
 * every server on 127.0.0.1 shares one cookie jar: with one fixed name a second `npm run web` replaced
 * the first one's cookie and the first tab got 403 on every call. One name per port lets them coexist.
 */
export function sessionCookieName(port: number): string {
  return `rt_session_${port}`;
}

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
    /** The Set-Cookie value that opens this server's session. */
    sessionCookie(): string {
      return `${sessionCookieName(port())}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    },
    sessionToken(request: IncomingMessage): string | undefined {
      const cookies = request.headers.cookie ?? '';
      for (const part of cookies.split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === sessionCookieName(port())) return value.join('=');
      }
      return undefined;
    },
  };
}
