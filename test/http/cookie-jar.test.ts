import { describe, expect, test } from '@jest/globals';
import { CookieJar, parseSetCookie } from '../../src/http/cookie-jar.js';

const ORIGIN = 'https://ops.example.com';
const at = (path: string, origin = ORIGIN) => new URL(path, origin);

describe('CookieJar', () => {
  test('sends a cookie back on matching paths, longest path first', () => {
    const jar = new CookieJar(ORIGIN);
    jar.store(at('/login'), ['csrf=c1; Path=/login; HttpOnly', 'sid=s1; Path=/', 'deep=d1; Path=/login/step']);
    expect(jar.header(at('/login'))).toBe('csrf=c1; sid=s1');
    expect(jar.header(at('/login/step/2'))).toBe('deep=d1; csrf=c1; sid=s1');
    expect(jar.header(at('/loginx'))).toBe('sid=s1');
    expect(jar.header(at('/dashboard'))).toBe('sid=s1');
  });

  test('the default path is the request path up to its last slash', () => {
    const jar = new CookieJar(ORIGIN);
    jar.store(at('/api/login'), ['a=1']);
    expect([jar.header(at('/api/tasks')), jar.header(at('/dashboard'))]).toEqual(['a=1', undefined]);
  });

  test('Max-Age=0 and a past Expires delete; Max-Age wins over Expires', () => {
    let now = 1_000_000;
    const jar = new CookieJar(ORIGIN, () => now);
    jar.store(at('/'), ['sid=s1; Path=/', 'keep=k; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60']);
    expect(jar.header(at('/'))).toBe('sid=s1; keep=k');
    jar.store(at('/'), ['sid=; Path=/; Max-Age=0']);
    expect(jar.header(at('/'))).toBe('keep=k');
    now += 61_000;
    expect(jar.header(at('/'))).toBeUndefined();
  });

  test('cookies from another origin are not kept, and none are sent to another origin', () => {
    const jar = new CookieJar(ORIGIN);
    jar.store(at('/', 'https://sso.example.net'), ['foreign=1; Path=/']);
    jar.store(at('/'), ['sid=s1; Path=/; Domain=example.com']);
    expect(jar.size).toBe(1);
    expect(jar.header(at('/', 'https://sso.example.net'))).toBeUndefined();
    expect(jar.header(at('/', 'http://ops.example.com'))).toBeUndefined();
  });

  test('Secure cookies go over https and to loopback only', () => {
    const http = new CookieJar('http://ops.internal');
    http.store(at('/', 'http://ops.internal'), ['s=1; Secure; Path=/', 'p=2; Path=/']);
    expect(http.header(at('/', 'http://ops.internal'))).toBe('p=2');
    const local = new CookieJar('http://127.0.0.1:8080');
    local.store(at('/', 'http://127.0.0.1:8080'), ['s=1; Secure; Path=/']);
    expect(local.header(at('/', 'http://127.0.0.1:8080'))).toBe('s=1');
  });

  test('every stored value is handed to onValue, so the caller can mask it', () => {
    const seen: string[] = [];
    new CookieJar(ORIGIN, Date.now, (v) => seen.push(v)).store(at('/'), ['sid=secret-session; Path=/', 'gone=x; Max-Age=0']);
    expect(seen).toEqual(['secret-session']);
  });

  test.each([['=novalue'], ['noequals'], ['']])('%p is not a cookie', (header) => {
    expect(parseSetCookie(header, at('/'), 0)).toBeUndefined();
  });
});
