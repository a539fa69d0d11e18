import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { HttpClient, TransportError } from '../../src/http/client.js';
import { CookieJar } from '../../src/http/cookie-jar.js';
import { sendWithRetries } from '../../src/http/retry.js';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { closedPort, json, startServer, type TestServer } from '../checks/smoke/harness.js';
import { createTestPki, startHttpsServer } from '../support/tls-certs.js';

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
      case '/see-other-away': return redirect(303, `${other.url}/landing`);
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

  test('off the origin, no header the manifest added, no credential and no cookie is sent; back on it the credentials return', async () => {
    const jar = new CookieJar(new URL(origin.url).origin);
    jar.store(new URL(origin.url), ['sid=s3cret; Path=/']);
    const get = { ...post('/round-trip'), method: 'GET' as const, body: undefined };
    const exchange = await client.send(get, { origin: new URL(origin.url).origin, jar, timeoutMs: 5_000 });
    expect(exchange.redirects.map((h) => h.status)).toEqual([302, 302]);
    const offOrigin = other.requests[0]!.headers;
    expect([offOrigin.accept, offOrigin.authorization, offOrigin.cookie, offOrigin['x-api-token'], offOrigin['user-agent']]).toEqual([undefined, undefined, undefined, undefined, 'release-gate-test']);
    expect(JSON.parse(exchange.response.body)).toMatchObject({ cookie: 'sid=s3cret', authorization: 'Bearer t0ken' });
  });

  test('a 307 that would carry the body to another origin is not followed; a 302 drops the body and may', async () => {
    const kept = await client.send(post('/keep-away'), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect([kept.response.status, kept.redirectNotFollowed]).toEqual([307, `a 307 would resend the POST body to ${other.url}`]);
    expect(other.requests).toEqual([]);
    const away = await client.send(post('/away'), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect(JSON.parse(away.response.body)).toEqual({ on: 'other' });
    expect(other.requests.map((r) => [r.method, r.body])).toEqual([['GET', '']]);
  });

  test.each([
    ['PUT', '/away', 302],
    ['PATCH', '/away', 302],
    ['DELETE', '/keep-away', 307],
  ] as const)('a %s with a body answered %s → %s on another origin is not followed: the body stays home', async (method, path, status) => {
    const exchange = await client.send(post(path, { method }), { origin: new URL(origin.url).origin, timeoutMs: 5_000 });
    expect([exchange.response.status, exchange.redirectNotFollowed]).toEqual([status, `a ${status} would resend the ${method} body to ${other.url}`]);
    expect(other.requests).toEqual([]);
  });

  test('a PUT answered 303 to another origin arrives there as a bare GET: no body, no manifest header, no credential', async () => {
    const jar = new CookieJar(new URL(origin.url).origin);
    jar.store(new URL(origin.url), ['sid=s3cret; Path=/']);
    const exchange = await client.send(post('/see-other-away', { method: 'PUT' }), { origin: new URL(origin.url).origin, jar, timeoutMs: 5_000 });
    expect(exchange.response.status).toBe(200);
    const arrived = other.requests[0]!;
    expect([arrived.method, arrived.body, arrived.headers['content-type'], arrived.headers.accept, arrived.headers.authorization, arrived.headers.cookie, arrived.headers['x-api-token']])
      .toEqual(['GET', '', undefined, undefined, undefined, undefined, undefined]);
  });

  test('a redirect to an origin outside allowedOrigins is not followed and names its target', async () => {
    const get = { method: 'GET' as const, url: new URL('/away', origin.url), headers: {} };
    const exchange = await client.send(get, { origin: new URL(origin.url).origin, timeoutMs: 5_000, allowedOrigins: [new URL(origin.url).origin] });
    expect([exchange.response.status, exchange.redirectRefused, exchange.redirectNotFollowed])
      .toEqual([302, `${other.url}/landing`, `the redirect goes to ${other.url}, which is not an origin the manifest declares`]);
    expect(other.requests).toEqual([]);
    const allowed = await client.send(get, { origin: new URL(origin.url).origin, timeoutMs: 5_000, allowedOrigins: [new URL(origin.url).origin, other.url] });
    expect([allowed.response.status, allowed.redirectRefused]).toEqual([200, undefined]);
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

describe('HttpClient connections', () => {
  let stall: Server;
  let stallPort = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts TCP connections and never answers: a TLS handshake to it stalls.
    stall = createNetServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve));
    stallPort = (stall.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => stall.close(() => resolve()));
  });

  test('a stalled TLS handshake ends at the request timeout as a connect failure, and is not retried', async () => {
    const stalled = new HttpClient();
    try {
      const request = { method: 'GET' as const, url: new URL(`https://127.0.0.1:${stallPort}/`), headers: {} };
      const sent = await sendWithRetries(stalled, request, { origin: request.url.origin, timeoutMs: 300 }, { retries: 2, mayRepeat: true, baseDelayMs: 1 });
      expect([sent.attempts, sent.error?.kind, sent.error?.message]).toEqual([1, 'connect-timeout', `could not connect to 127.0.0.1:${stallPort} within 300 ms (no TCP connection or TLS handshake)`]);
    } finally {
      await stalled.close();
    }
  });

  test('names resolve through a custom lookup, and TLS trusts the roots given for the request', async () => {
    const pki = createTestPki();
    const leaf = pki.leaf(['app.internal.test'], { fromDays: -1, toDays: 30 });
    const server = await startHttpsServer({ certificates: {}, fallback: leaf }, (_req, res) => json(res, 200, { secure: true }));
    const asked: string[] = [];
    const viaTestZone = new HttpClient({
      lookup: (hostname: string, options: { all?: boolean }, callback: (e: NodeJS.ErrnoException | null, a: unknown, f?: number) => void) => {
        asked.push(hostname);
        if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
        else callback(null, '127.0.0.1', 4);
      },
    });
    try {
      const url = new URL(`https://app.internal.test:${server.port}/`);
      const request = { method: 'GET' as const, url, headers: {} };
      const untrusted = await viaTestZone.send(request, { origin: url.origin, timeoutMs: 5_000 }).catch((error: TransportError) => error);
      expect((untrusted as TransportError).kind).toBe('tls');
      const trusted = await viaTestZone.send(request, { origin: url.origin, timeoutMs: 5_000, tls: { roots: [pki.caPem] } });
      expect([trusted.response.status, JSON.parse(trusted.response.body)]).toEqual([200, { secure: true }]);
      expect(asked).toContain('app.internal.test');
    } finally {
      await viaTestZone.close();
      await server.close();
      pki.cleanup();
    }
  });
});
