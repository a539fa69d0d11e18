import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cli, json, recorder, rows, workspace, type Recorder } from './harness.js';

/**
 * Credentials stay on their origin: every way a request of the gate could reach another origin, tried
 * through the real CLI against loopback servers. `elsewhere` stands for an attacker's host: it must
 * never receive a single request.
 */

const PASSWORD = 'pw-correct-horse-battery-9d1e';
const TOKEN = 'tok-5e1d0c9b8a7f6e5d4c3b';
let app: Recorder;
let elsewhere: Recorder;

beforeAll(async () => {
  elsewhere = await recorder((_req, res) => json(res, 200, { token: 'from-elsewhere' }));
  app = await recorder((req, res, body) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/api/login') return json(res, 200, { token: TOKEN, next: `\\${elsewhere.host}/steal` });
    if (path === '/api/login-away') {
      res.writeHead(302, { location: `${elsewhere.url}/sso?from=app` });
      return res.end();
    }
    if (path === '/api/move') {
      res.writeHead(301, { location: `${elsewhere.url}/moved` });
      return res.end();
    }
    json(res, 200, { ok: true, body });
  });
});
afterAll(async () => {
  await app.close();
  await elsewhere.close();
});

const manifest = (body: string) => `version: 1
environments:
  production:
    url: ${app.url}
${body}`;

describe('a request of the gate never reaches an origin the manifest does not declare', () => {
  test('a sign-in redirected to another origin is not followed, in smoke and in latency; the finding names where it tried to go', async () => {
    const ws = workspace({
      '.github/release-gate.yml': manifest(`sessions:
  ops:
    login:
      request: POST /api/login-away
      json: { password: "{{ env.SMOKE_PASSWORD }}" }
smoke:
  steps:
    - { request: GET /api/tasks }
latency:
  rate: 5
  duration: 1s
  endpoints:
    - { name: tasks, request: GET /api/tasks, p95: 500ms }
`),
    });
    try {
      const run = await cli(['smoke', 'latency', '--format', 'json'], ws.dir, { SMOKE_PASSWORD: PASSWORD });
      expect(run.code).toBe(1);
      expect(elsewhere.requests).toEqual([]);
      const found = rows(run.stdout);
      expect(found.filter(([id]) => id === 'smoke-login-failed' || id === 'latency-sign-in-failed').map(([id, line, message]) => [id, line, message.includes(`${elsewhere.url}/sso?from=app`)]))
        .toEqual([['smoke-login-failed', 8, true], ['latency-sign-in-failed', 8, true]]);
      expect(run.stdout).not.toContain(PASSWORD);
    } finally {
      ws.remove();
    }
  });

  test.each([
    ['a backslash path', `GET /\\\\${'HOST'}/x`],
    ['a backslash-slash path', `GET /\\\\/${'HOST'}/x`],
    ['a double slash', `GET //${'HOST'}/x`],
    ['a percent-encoded backslash', `GET /%5C${'HOST'}/x`],
    ['a path a capture turns into a backslash path', 'GET /{{ next }}'],
  ])('%s is refused before anything is sent', async (_name, line) => {
    const ws = workspace({
      '.github/release-gate.yml': manifest(`smoke:
  steps:
    - name: login
      request: POST /api/login
      capture: { next: $.next }
    - name: escape
      request: "${line.replace('HOST', elsewhere.host)}"
`),
    });
    try {
      const run = await cli(['smoke', '--format', 'json'], ws.dir);
      expect(run.code).toBe(1);
      expect(elsewhere.requests).toEqual([]);
      expect(rows(run.stdout).map(([id, lineNo]) => [id, lineNo])).toEqual([['smoke-invalid-request', 10]]);
    } finally {
      ws.remove();
    }
  });

  test('a PUT answered 301 to another origin is not followed: its body, with the password, stays home', async () => {
    const ws = workspace({
      '.github/release-gate.yml': manifest(`  sso:
    url: ${elsewhere.url}
smoke:
  environment: production
  steps:
    - name: move
      request: PUT /api/move
      json: { password: "{{ env.SMOKE_PASSWORD }}" }
`),
    });
    try {
      const run = await cli(['smoke', '--format', 'json'], ws.dir, { SMOKE_PASSWORD: PASSWORD });
      expect(run.code).toBe(1);
      expect(elsewhere.requests).toEqual([]);
      expect(rows(run.stdout).map(([id, lineNo, message]) => [id, lineNo, message.split(' Got ')[0]])).toEqual([
        ['smoke-step-failed', 10, `step "move" (PUT /api/move): expect.status: expected 2xx, got 301 (redirect not followed: a 301 would resend the PUT body to ${elsewhere.origin}).`],
      ]);
    } finally {
      ws.remove();
    }
  });

  test('the domain check\'s login burst refuses a URL on another origin', async () => {
    const ws = workspace({
      '.github/release-gate.yml': manifest(`domain:
  environment: production
  rate-limit:
    - { request: "POST ${elsewhere.url}/login", attempts: 3 }
`),
    });
    try {
      const run = await cli(['domain', '--format', 'json'], ws.dir);
      expect(run.code).toBe(1);
      expect(elsewhere.requests).toEqual([]);
      expect(rows(run.stdout)).toEqual([
        ['domain-setting-invalid', 8, `${elsewhere.url}/login is not on the environment's origin (${app.origin}); the login burst is sent only to the app under test, so it was not sent`],
      ]);
    } finally {
      ws.remove();
    }
  });
});

describe('a header value outside ASCII', () => {
  test('is a manifest error at its line and column (exit 2), not an unreachable app', async () => {
    const ws = workspace({
      '.github/release-gate.yml': manifest(`smoke:
  steps:
    - request: GET /api/tasks
      headers: { x-currency: "€ prices" }
`),
    });
    try {
      const run = await cli(['smoke'], ws.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('.github/release-gate.yml:8:31: header x-currency');
      expect(run.stderr).toContain('header x-currency holds "€" (U+20AC), which an HTTP header cannot carry');
      expect(app.requests.filter((r) => r.url === '/api/tasks')).toEqual([]);
    } finally {
      ws.remove();
    }
  });
});
