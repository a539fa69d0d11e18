import { jest, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { request } from 'node:http';
import { startDemoApp, type DemoApp } from '../../src/demo/app.js';
import { ADMIN, postJson, VIEWER } from './sign-in.js';

// Run against real servers in one process: on a busy machine a second can tick between two reads of
// the clock, or a handshake can miss its timer. A test that misses is run again, up to twice, and
// reported with the first failure's output.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

// The clock is injected, so windows are advanced by assignment instead of by sleeping.
let clock = 0;
let app: DemoApp;

beforeEach(async () => {
  clock = Date.UTC(2026, 0, 1);
  app = await startDemoApp({ now: () => clock, loginRateLimit: { max: 3, windowMs: 60_000 } });
});

afterEach(async () => {
  expect(app.state.errors).toEqual([]);
  await app.close();
});

function login(password: string, email = ADMIN.email): Promise<Response> {
  return postJson(`${app.url}/api/login`, { email, password });
}

function rateLimitOf(res: Response): Record<string, string | null> {
  const names = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy', 'retry-after'];
  return Object.fromEntries(names.map((name) => [name, res.headers.get(name)]));
}

describe('login rate limit', () => {
  test('after max failures, even the right password gets 429 until the window resets', async () => {
    const failures = [await login('wrong-1'), await login('wrong-2'), await login('wrong-3')];
    expect(failures.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(failures.map((r) => r.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);
    expect(rateLimitOf(failures[0]!)).toEqual({
      'ratelimit-limit': '3',
      'ratelimit-remaining': '2',
      'ratelimit-reset': '60',
      'ratelimit-policy': '3;w=60',
      'retry-after': null,
    });

    const blocked = await login(ADMIN.password);
    expect(blocked.status).toBe(429);
    expect(rateLimitOf(blocked)).toEqual({
      'ratelimit-limit': '3',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '60',
      'ratelimit-policy': '3;w=60',
      'retry-after': '60',
    });
    expect(await blocked.json()).toEqual({ error: 'rate_limited', message: 'Too many failed sign-ins; try again in 60 s' });
    expect(blocked.headers.getSetCookie()).toEqual([]);

    clock += 30_000;
    const later = await login(ADMIN.password);
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('30');

    clock += 30_000;
    const reset = await login(ADMIN.password);
    expect(reset.status).toBe(200);
    expect(reset.headers.get('ratelimit-remaining')).toBe('3');
  });

  test('successful sign-ins do not use up the limit', async () => {
    for (let i = 0; i < 6; i++) expect((await login(ADMIN.password)).status).toBe(200);
    expect((await login('wrong')).headers.get('ratelimit-remaining')).toBe('2');
  });

  test('parallel guesses cannot slip past the limit while passwords are being hashed', async () => {
    const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) => login(`guess-${i}`).then((r) => r.status)));
    expect(statuses.sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  test('the form login shares the limit with the JSON login', async () => {
    for (let i = 0; i < 3; i++) await login('wrong', VIEWER.email);
    const page = await fetch(`${app.url}/login`);
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const res = await fetch(`${app.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: token, email: VIEWER.email, password: VIEWER.password }).toString(),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  test('blocked attempts are audited', async () => {
    for (let i = 0; i < 4; i++) await login('wrong');
    expect(app.state.audit.map((e) => e.action)).toEqual(['sign-in-failed', 'sign-in-failed', 'sign-in-failed', 'sign-in-blocked']);
    expect(app.state.audit[3]).toEqual({ at: '2026-01-01T00:00:00.000Z', action: 'sign-in-blocked', actor: 'admin@demo.test', ip: '127.0.0.1', target: 'json' });
  });

  test('the limit is per client address', async () => {
    for (let i = 0; i < 4; i++) await login('wrong');
    // All of 127.0.0.0/8 is loopback on Linux, so a second client address needs no network.
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ email: ADMIN.email, password: ADMIN.password });
      const req = request(`${app.url}/api/login`, { method: 'POST', localAddress: '127.0.0.2', headers: { 'content-type': 'application/json', connection: 'close' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(app.state.audit.at(-1)).toMatchObject({ action: 'sign-in', ip: '127.0.0.2' });
  });
});
