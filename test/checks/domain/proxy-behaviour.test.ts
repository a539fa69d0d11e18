import { describe, expect, test } from '@jest/globals';
import { challengeReason, cookieIncompatibility, edgeCacheEvidence, proxyEvidence, CLOUDFLARE, staticCacheProblem } from '../../../src/checks/domain/proxy-behaviour.js';
import { CLOUDFLARE_RANGES, rangeMatcher } from '../../../src/checks/domain/proxy-ranges.js';
import { parseOrigin } from '../../../src/checks/domain/proxy-probe.js';

describe('reading responses that went through a proxy', () => {
  test('Cloudflare is recognised by cf-ray or server: cloudflare', () => {
    expect(proxyEvidence(CLOUDFLARE, { 'cf-ray': '8f1e-AMS' })).toBe('cf-ray: 8f1e-AMS');
    expect(proxyEvidence(CLOUDFLARE, { server: 'cloudflare' })).toBe('server: cloudflare');
    expect(proxyEvidence(CLOUDFLARE, { server: 'nginx' })).toBeUndefined();
  });

  test.each([
    [403, { 'cf-mitigated': 'challenge' }, '', 'cf-mitigated: challenge'],
    [503, {}, '<title>Just a moment...</title>', 'HTTP 503 with a challenge page (<title>Just a moment)'],
    [403, {}, '<title>Attention Required! | Cloudflare</title>', 'HTTP 403 with a challenge page (<title>Attention Required! | Cloudflare)'],
    [403, {}, '{"error":"forbidden"}', undefined],
    [200, {}, '<div id="challenge-platform">', undefined],
  ])('HTTP %i %j is a challenge: %s', (status, headers, body, expected) => {
    expect(challengeReason(status, headers as Record<string, string>, body)).toBe(expected);
  });

  test.each([
    [{ 'cf-cache-status': 'HIT' }, 'cf-cache-status: HIT'],
    [{ 'cf-cache-status': 'MISS' }, 'cf-cache-status: MISS'],
    [{ 'cf-cache-status': 'DYNAMIC' }, undefined],
    [{ 'x-cache': 'Hit from cloudfront' }, 'x-cache: Hit from cloudfront'],
    [{ age: '0' }, 'age: 0'],
    [{}, undefined],
  ])('edge cache evidence in %j: %s', (headers, expected) => {
    expect(edgeCacheEvidence(headers)).toBe(expected);
  });

  test.each([
    [{ 'cf-cache-status': 'HIT', 'cache-control': 'public, max-age=31536000, immutable' }, undefined],
    [{ 'cf-cache-status': 'MISS', 'cache-control': 's-maxage=86400, max-age=60' }, undefined],
    [{ 'cf-cache-status': 'BYPASS', 'cache-control': 'public, max-age=31536000' }, 'the edge does not cache it (cf-cache-status: BYPASS)'],
    [{ 'cf-cache-status': 'HIT', 'cache-control': 'max-age=600' }, 'Cache-Control: max-age=600 keeps it for 600 s, under a day'],
    [{ 'cf-cache-status': 'HIT' }, 'it has no Cache-Control header, so browsers and the edge keep it only heuristically'],
    [{ 'cache-control': 'public, max-age=31536000' }, 'no cache status header says the edge stored it'],
  ])('static asset %j: %s', (headers, expected) => {
    expect(staticCacheProblem(headers, 86_400)).toBe(expected);
  });

  test.each([
    ['session=a; Path=/; Secure; HttpOnly; SameSite=Lax', 'app.example.com', undefined],
    ['session=a; Domain=.example.com; Secure', 'app.example.com', undefined],
    ['session=a; Domain=internal.example; Secure', 'app.example.com', 'cookie session is set for Domain=internal.example, which app.example.com is not part of, so the browser drops it'],
    ['session=a; SameSite=None', 'app.example.com', 'cookie session has SameSite=None without Secure, which browsers reject'],
    ['__Secure-sid=a; Path=/', 'app.example.com', 'cookie __Secure-sid has the __Secure- prefix without Secure, which browsers reject'],
    ['__Host-sid=a; Secure; Path=/; Domain=example.com', 'app.example.com', 'cookie __Host-sid has the __Host- prefix but a Domain, which browsers reject'],
    ['__Host-sid=a; Secure; Path=/', 'app.example.com', undefined],
  ])('%s for %s: %s', (header, host, expected) => {
    expect(cookieIncompatibility(header, host)).toBe(expected);
  });
});

describe('address ranges and origins', () => {
  test('the shipped Cloudflare ranges, IPv4 and IPv6, all parse', () => {
    const ranges = rangeMatcher(CLOUDFLARE_RANGES.cidrs);
    expect(ranges.invalid).toEqual([]);
    expect(ranges.contains('104.18.32.7')).toBe(true);
    expect(ranges.contains('172.67.150.12')).toBe(true);
    expect(ranges.contains('2606:4700:3030::6815:2007')).toBe(true);
    expect(ranges.contains('203.0.113.10')).toBe(false);
    expect(ranges.contains('not an address')).toBe(false);
    expect(CLOUDFLARE_RANGES.source).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test.each([
    ['203.0.113.10', { address: '203.0.113.10', port: 443 }],
    ['203.0.113.10:8443', { address: '203.0.113.10', port: 8443 }],
    ['[2001:db8::1]:8443', { address: '2001:db8::1', port: 8443 }],
    ['origin.example.com', undefined],
  ])('origin %s', (text, expected) => {
    expect(parseOrigin(text)).toEqual(expected);
  });
});
