import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { HttpClient, TransportError } from '../../src/http/client.js';
import { CookieJar } from '../../src/http/cookie-jar.js';
import { sendWithRetries } from '../../src/http/retry.js';
import { closedPort, json, startServer, type TestServer } from '../checks/smoke/harness.js';

const client = new HttpClient({ userAgent: 'release-gate-test' });
const small = new HttpClient({ maxBodyBytes: 64 });
afterAll(async () => {
  await client.close();
  await small.close();
});

let origin: TestServer;
let other: TestServer;
let unavailable = 0;

beforeAll(async () => {
  other = await startServer((req, res) => {
    if (req.url === '/back') {
      res.writeHead(302, { location: `${origin.url}/home` });
      return res.end();
    }
    json(res, 200, { on: 'other' });
  });
  origin = await startServer((req, res, body) => {
    const redirect = (status: number, location: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { location, ...headers });
      res.end();
    };
    switch (req.url) {
      case '/form': return redirect(303, '/done', { 'set-cookie': 'sid=after-login; Path=/' });
      case '/keep': return redirect(307, '/echo');
      case '/away': return redirect(302, `${other.url}/landing`);
      case '/keep-away': return redirect(307, `${other.url}/collect`);
      case '/round-trip': return redirect(302, `${other.url}/back`);
      case '/loop': return redirect(302, '/loop');
      case '/ftp': return redirect(302, 'ftp://example.com/file');
      case '/big': return json(res, 200, { data: 'x'.repeat(500) });
      case '/slow': return void setTimeout(() => json(res, 200, {}), 2_000);
      case '/unavailable': unavailable += 1; return json(res, 503, { error: 'unavailable' }, { 'retry-after': '0' });
      default: return json(res, 200, { method: req.method, body, cookie: req.headers.cookie ?? null, authorization: req.headers.authorization ?? null });
    }
  });
});
afterAll(async () => {
  await origin.close();
  await other.close();
});
afterEach(() => {
  origin.requests.length = 0;
  other.requests.length = 0;
});

const post = (path: string, extra: Partial<Parameters<HttpClient['send']>[0]> = {}) => ({
  method: 'POST' as const, url: new URL(path, origin.url), headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-token': 'plain-but-secret' },
  credentials: { authorization: 'Bearer t0ken' }, body: '{"password":"p4ss"}', ...extra,
});

describe('HttpClient redirects', () => {
  test('a 303 after a POST becomes a GET without the body; cookies set on the way are kept and sent', async () => {
    const jar = new CookieJar(new URL(origin.url).origin);
    const exchange = await client.send(post('/form'), { origin: new URL(origin.url).origin, jar, timeoutMs: 5_000 });
    expect(exchange.redirects.map((h) => [h.method, h.status, h.location])).toEqual([['POST', 303, '/done']]);
    expect(JSON.parse(exchange.response.body)).toEqual({ method: 'GET', body: '', cookie: 'sid=after-login', authorization: 'Bearer t0ken' });
    expect(origin.requests[1]!.headers['content-type']).toBeUndefined();
    expect(exchange.response.setCookie).toEqual(['sid=after-login; Path=/']);
    expect(origin.requests[0]!.headers['user-agent']).toBe('release-gate-test');
  });

  test('a 307 on the same origin repeats the method and the body', async () => {
    const exchange = await client.send(post('/keep'), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect(JSON.parse(exchange.response.body)).toMatchObject({ method: 'POST', body: '{"password":"p4ss"}' });
  });

  test('off the origin, credentials, cookies and credential-named headers are dropped; back on it they return', async () => {
    const jar = new CookieJar(new URL(origin.url).origin);
    jar.store(new URL(origin.url), ['sid=s3cret; Path=/']);
    const get = { ...post('/round-trip'), method: 'GET' as const, body: undefined };
    const exchange = await client.send(get, { origin: new URL(origin.url).origin, jar, timeoutMs: 5_000 });
    expect(exchange.redirects.map((h) => h.status)).toEqual([302, 302]);
    const offOrigin = other.requests[0]!.headers;
    expect(offOrigin).toMatchObject({ accept: 'application/json' });
    expect([offOrigin.authorization, offOrigin.cookie, offOrigin['x-api-token']]).toEqual([undefined, undefined, undefined]);
    expect(JSON.parse(exchange.response.body)).toMatchObject({ cookie: 'sid=s3cret', authorization: 'Bearer t0ken' });
  });

  test('a 307 that would carry the body to another origin is not followed; a 302 drops the body and may', async () => {
    const kept = await client.send(post('/keep-away'), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect([kept.response.status, kept.redirectNotFollowed]).toEqual([307, `a 307 would resend the request body to ${other.url}`]);
    expect(other.requests).toEqual([]);
    const away = await client.send(post('/away'), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect(JSON.parse(away.response.body)).toEqual({ on: 'other' });
    expect(other.requests.map((r) => [r.method, r.body])).toEqual([['GET', '']]);
  });

  test('follow-redirects off, too many redirects and non-http locations stop at the redirect', async () => {
    const base = { method: 'GET' as const, headers: {} };
    const options = { origin: new URL(origin.url).origin, timeoutMs: 5_000 };
    const off = await client.send({ ...base, url: new URL('/away', origin.url) }, { ...options, followRedirects: false });
    expect([off.response.status, off.redirects, off.redirectNotFollowed]).toEqual([302, [], undefined]);
    const loop = await client.send({ ...base, url: new URL('/loop', origin.url) }, { ...options, maxRedirects: 3 });
    expect([loop.response.status, loop.redirects.length, loop.redirectNotFollowed]).toEqual([302, 3, 'more than 3 redirects']);
    const ftp = await client.send({ ...base, url: new URL('/ftp', origin.url) }, options);
    expect([ftp.response.status, ftp.redirectNotFollowed]).toEqual([302, 'the redirect to ftp://example.com/file is not an http(s) URL']);
  });
});

describe('HttpClient failures', () => {
  test('a body longer than the limit is cut and marked', async () => {
    const exchange = await small.send({ method: 'GET', url: new URL('/big', origin.url), headers: {} }, { origin: origin.url, timeoutMs: 5_000 });
    expect([exchange.response.body.length, exchange.response.truncated]).toEqual([64, true]);
  });

  test('a timeout and a deadline are told apart', async () => {
    const request = { method: 'GET' as const, url: new URL('/slow', origin.url), headers: {} };
    const timeout = await client.send(request, { origin: origin.url, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(TransportError);
    expect([(timeout as TransportError).kind, (timeout as TransportError).message]).toEqual(['timeout', 'no complete response within 100 ms']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the smoke deadline of 1s passed')), 50);
    const deadline = await client.send(request, { origin: origin.url, timeoutMs: 5_000, signal: controller.signal }).catch((e: unknown) => e);
    expect([(deadline as TransportError).kind, (deadline as TransportError).message]).toEqual(['deadline', 'stopped: the smoke deadline of 1s passed']);
  });

  test('connection refused says so, and counts as nothing sent', async () => {
    const port = await closedPort();
    const error = await client.send({ method: 'POST', url: new URL(`http://127.0.0.1:${port}/x`), headers: {}, body: '{}' }, { origin: `http://127.0.0.1:${port}`, timeoutMs: 1_000 }).catch((e: unknown) => e);
    expect([(error as TransportError).kind, (error as TransportError).message, (error as TransportError).nothingSent]).toEqual(['refused', `connection refused by 127.0.0.1:${port}`, true]);
  });
});

describe('sendWithRetries', () => {
  const options = () => ({ origin: origin.url, timeoutMs: 5_000 });
  const unavailableRequest = (method: 'GET' | 'POST') => ({ method, url: new URL('/unavailable', origin.url), headers: {} });

  test('a GET answered 503 is retried, up to the limit', async () => {
    unavailable = 0;
    const result = await sendWithRetries(client, unavailableRequest('GET'), options(), { retries: 2, mayRepeat: true, baseDelayMs: 1 });
    expect([result.attempts, result.exchange?.response.status, unavailable]).toEqual([3, 503, 3]);
  });

  test('a POST answered 503 is not retried: it may have done its work', async () => {
    unavailable = 0;
    const result = await sendWithRetries(client, unavailableRequest('POST'), options(), { retries: 2, mayRepeat: false, baseDelayMs: 1 });
    expect([result.attempts, unavailable]).toEqual([1, 1]);
  });

  test('a refused connection is retried even for a POST, since nothing was sent', async () => {
    const port = await closedPort();
    const result = await sendWithRetries(client, { method: 'POST', url: new URL(`http://127.0.0.1:${port}/`), headers: {} }, { origin: `http://127.0.0.1:${port}`, timeoutMs: 1_000 }, { retries: 2, mayRepeat: false, baseDelayMs: 1 });
    expect([result.attempts, result.error?.kind]).toEqual([3, 'refused']);
  });

  test('a timeout is not retried', async () => {
    const result = await sendWithRetries(client, { method: 'GET', url: new URL('/slow', origin.url), headers: {} }, { origin: origin.url, timeoutMs: 50 }, { retries: 2, mayRepeat: true, baseDelayMs: 1 });
    expect([result.attempts, result.error?.kind]).toEqual([1, 'timeout']);
  });
});
