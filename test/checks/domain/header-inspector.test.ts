import { describe, expect, test } from '@jest/globals';
import { looksLikeSessionCookie, missingCookieFlags, missingSecurityHeaders, mixedContent, parseSetCookieFlags, sharedCacheReason } from '../../../src/checks/domain/header-inspector.js';

describe('sharedCacheReason', () => {
  test.each([
    [{ 'cache-control': 'private, no-store' }, undefined],
    [{ 'cache-control': 'no-store' }, undefined],
    [{ 'cache-control': 'private, max-age=600' }, undefined],
    [{ 'cache-control': 'no-cache' }, undefined],
    [{ 'cache-control': 'max-age=0' }, undefined],
    [{ 'cache-control': 'no-cache, max-age=600' }, undefined],
    [{ 'cache-control': 'Public' }, { reason: 'Cache-Control: Public lets shared caches store it', certain: true }],
    [{ 'cache-control': 'max-age=60' }, { reason: 'Cache-Control: max-age=60 lets shared caches store it (max-age without private or no-store)', certain: true }],
    [{ 'cache-control': 'no-cache, s-maxage=60' }, { reason: 'Cache-Control: no-cache, s-maxage=60 lets shared caches store it (s-maxage without private or no-store)', certain: true }],
    [{ 'cache-control': 'private', 'x-cache': 'Hit from cloudfront' }, { reason: 'it was served from a cache (x-cache: Hit from cloudfront)', certain: true }],
    [{ 'cache-control': 'no-store', 'cf-cache-status': 'DYNAMIC' }, undefined],
    [{ 'cache-control': 'no-store', age: '0' }, undefined],
    [{}, { reason: 'it has no Cache-Control header; say private or no-store explicitly', certain: false }],
    [{ 'last-modified': 'Tue, 01 Apr 2025 00:00:00 GMT' }, { reason: 'it has no Cache-Control header, so a shared cache may store it (Expires or Last-Modified make it heuristically fresh)', certain: false }],
  ])('%j', (headers, expected) => {
    expect(sharedCacheReason(headers as Record<string, string>)).toEqual(expected);
  });
});

describe('cookies', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  test('flags, deletion and what a session cookie lacks', () => {
    const sid = parseSetCookieFlags('sid=abc; Path=/; HttpOnly; SameSite=Lax', now)!;
    expect(sid).toEqual({ name: 'sid', secure: false, httpOnly: true, sameSite: 'Lax', deletes: false });
    expect(missingCookieFlags(sid, true)).toEqual(['Secure']);
    expect(missingCookieFlags(sid, false)).toEqual([]);
    const none = parseSetCookieFlags('session=1; SameSite=None', now)!;
    expect(missingCookieFlags(none, false)).toEqual(['HttpOnly', 'Secure (required with SameSite=None)']);
    expect(parseSetCookieFlags('sid=; Max-Age=0', now)!.deletes).toBe(true);
    expect(parseSetCookieFlags('sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', now)!.deletes).toBe(true);
    expect(parseSetCookieFlags('no-equals-sign', now)).toBeUndefined();
  });

  test('names that say "session"', () => {
    expect(['sid', 'connect.sid', 'PHPSESSID', 'sessionid', 'laravel_session', 'auth_token', 'next-auth.session-token', 'remember_me', 'theme', 'XSRF-TOKEN', 'csrftoken', '_ga']
      .filter(looksLikeSessionCookie)).toEqual(['sid', 'connect.sid', 'PHPSESSID', 'sessionid', 'laravel_session', 'auth_token', 'next-auth.session-token', 'remember_me']);
  });
});

describe('missingSecurityHeaders', () => {
  const names = (headers: Record<string, string>) => missingSecurityHeaders(headers).map((m) => m.header);
  test('HTML needs all four; other content only nosniff', () => {
    expect(names({ 'content-type': 'text/html' })).toEqual(['Content-Security-Policy', 'X-Content-Type-Options: nosniff', 'X-Frame-Options (or CSP frame-ancestors)', 'Referrer-Policy']);
    expect(names({ 'content-type': 'application/json' })).toEqual(['X-Content-Type-Options: nosniff']);
    expect(names({ 'content-type': 'application/json', 'x-content-type-options': 'nosniff' })).toEqual([]);
  });
  test('CSP frame-ancestors counts as frame protection; a wrong X-Frame-Options value does not', () => {
    expect(names({ 'content-type': 'text/html', 'content-security-policy': "default-src 'self'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' })).toEqual([]);
    expect(names({ 'content-type': 'text/html', 'content-security-policy': "default-src 'self'", 'x-frame-options': 'ALLOW-FROM https://x.test', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' }))
      .toEqual(['X-Frame-Options (or CSP frame-ancestors)']);
  });
});

describe('mixedContent', () => {
  test('subresources count; links, canonical URLs and https do not', () => {
    const html = [
      '<script src="http://a.test/x.js"></script><script src="https://a.test/y.js"></script>',
      '<IMG SRC=http://b.test/i.png><iframe src=\'http://c.test/frame\'></iframe>',
      '<link rel="stylesheet" href="http://d.test/s.css"><link rel="canonical" href="http://e.test/page">',
      '<form method="post" action="http://f.test/submit"></form><a href="http://g.test/">g</a>',
      '<video poster="http://h.test/p.jpg"></video><script src="http://a.test/x.js"></script>',
    ].join('\n');
    expect(mixedContent(html)).toEqual(['http://a.test/x.js', 'http://b.test/i.png', 'http://c.test/frame', 'http://d.test/s.css', 'http://f.test/submit', 'http://h.test/p.jpg']);
  });
});
