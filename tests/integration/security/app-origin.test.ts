import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appOrigin, isAppUrl, isTrustedSender } from '../../../src/main/app-origin';

describe('only the app’s own top frame may call main', () => {
  const origin = appOrigin(undefined);

  it('serves the built app from its own scheme, and the dev server while developing', () => {
    expect(origin).toBe(APP_ORIGIN);
    expect(appOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
  });

  it('trusts the top frame of the app page', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html#tailor`, parent: null }, origin)).toBe(true);
  });

  it.each([
    ['a frame inside the page', { url: `${APP_ORIGIN}/index.html`, parent: {} }],
    ['a page from the web', { url: 'https://evil.example/', parent: null }],
    ['a local file', { url: 'file:///etc/passwd', parent: null }],
    ['a look-alike host', { url: 'app://resume-tailor.evil/index.html', parent: null }],
    ['a blank page', { url: 'about:blank', parent: null }],
  ])('refuses %s', (_what, frame) => {
    expect(isTrustedSender(frame, origin)).toBe(false);
  });

  it('refuses a missing frame (a destroyed or navigated-away sender)', () => {
    expect(isTrustedSender(null, origin)).toBe(false);
    expect(isTrustedSender(undefined, origin)).toBe(false);
  });

  it.each(['https://example.com', 'file:///home/user/resume.json', 'javascript:alert(1)', 'not a url'])(
    'does not count %s as the app (navigation to it is blocked)',
    (url) => {
      expect(isAppUrl(url, origin)).toBe(false);
    },
  );
});
