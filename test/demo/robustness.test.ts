import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { startDemoApp, type DemoApp } from '../../src/demo/app.js';

/** Sends raw bytes and returns everything the server wrote before it closed the connection. */
function rawExchange(app: DemoApp, bytes: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(app.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      resolve({ status: Number(text.slice(9, 12)), headers: text.slice(0, split), body: text.slice(split + 4) });
    });
    socket.end(bytes);
  });
}

describe('malformed input', () => {
  let app: DemoApp;
  beforeAll(async () => {
    app = await startDemoApp({ tasks: [] });
  });
  afterAll(async () => {
    expect(app.state.errors).toEqual([]);
    await app.close();
  });

  test('headers over 16 KiB get a 431 JSON error', async () => {
    const res = await rawExchange(app, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toEqual({ error: 'headers_too_large', message: 'Request headers are too large' });
    expect(res.headers).toContain('X-Content-Type-Options: nosniff');
  });

  test('a request that is not HTTP gets a 400 JSON error', async () => {
    const res = await rawExchange(app, 'HELLO THERE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'bad_request', message: 'The request is not valid HTTP' });
  });

  test('an absolute-form request target is a 400 JSON error', async () => {
    const res = await rawExchange(app, 'GET http://example.com/healthz HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'bad_request_target', message: 'The request target must be a path' });
  });

  test('a Content-Length that promises more than 64 KiB is refused before the body arrives', async () => {
    const res = await rawExchange(app, 'POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{');
    expect(res.status).toBe(413);
    expect(res.headers).toMatch(/\r\nConnection: close/i);
  });

  test('a form with broken percent-escapes is read without crashing', async () => {
    const res = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '_csrf=%E0%A4%A&email=%&password=%zz',
    });
    expect(res.status).toBe(403);
  });

  test('a cookie header full of junk is ignored', async () => {
    const res = await fetch(`${app.url}/api/me`, { headers: { cookie: ';;=;sid;sid=;==x; sid=%E0%A4%A' } });
    expect(res.status).toBe(401);
  });

  test('invalid UTF-8 in a JSON body is a 400, not a crash', async () => {
    const res = await fetch(`${app.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(res.status).toBe(400);
  });

  test('error bodies hold only a code and a message', async () => {
    const responses = await Promise.all([
      fetch(`${app.url}/nope`),
      fetch(`${app.url}/api/tasks`),
      fetch(`${app.url}/healthz`, { method: 'PATCH' }),
      fetch(`${app.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
    ]);
    for (const res of responses) expect(Object.keys((await res.json()) as object)).toEqual(['error', 'message']);
  });
});

describe('unexpected errors', () => {
  test('are answered with a 500 JSON error without a stack trace and kept in state.errors', async () => {
    const app = await startDemoApp({
      latency: (req) => {
        if (req.url === '/boom') throw new Error('hook failed at /secret/path.ts:12');
        return 0;
      },
    });
    try {
      const res = await fetch(`${app.url}/boom`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: 'Something went wrong on the server' });
      expect(text).not.toContain('secret');
      expect(app.state.errors).toEqual([new Error('hook failed at /secret/path.ts:12')]);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('close()', () => {
  test('ends an idle keep-alive connection and a request still in flight', async () => {
    // One request waits an hour in the latency hook: close() must not wait for it.
    const app = await startDemoApp({ latency: (req) => (req.url === '/slow' ? 3_600_000 : 0) });
    const agent = new Agent({ keepAlive: true });
    try {
      // The agent keeps this socket open for reuse after the response; it must close with the app.
      const idleSocket = await new Promise<Socket>((resolve, reject) => {
        const req = request(`${app.url}/healthz`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(req.socket!));
        });
        req.on('error', reject);
        req.end();
      });
      const idleSocketClosed = new Promise((resolve) => idleSocket.once('close', resolve));
      expect(idleSocket.destroyed).toBe(false);
      const inFlight = new Promise<string>((resolve) => {
        const req = request(`${app.url}/slow`, { agent: false }, () => resolve('answered'));
        req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
        req.end();
      });
      while (app.state.requests < 2) await new Promise((r) => setTimeout(r, 5));

      await app.close();
      await idleSocketClosed;
      expect(await inFlight).toBe('ECONNRESET');
      await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    } finally {
      agent.destroy();
      await app.close();
    }
  });

  test('can be called twice', async () => {
    const app = await startDemoApp();
    await Promise.all([app.close(), app.close()]);
    await app.close();
  });
});

describe('options', () => {
  test('a bad rate-limit policy or user list is refused at start', async () => {
    await expect(startDemoApp({ loginRateLimit: { max: 0, windowMs: 1000 } })).rejects.toThrow('loginRateLimit.max must be a positive integer');
    await expect(
      startDemoApp({
        users: [
          { email: 'a@x.test', password: 'p1', role: 'admin' },
          { email: 'A@x.test', password: 'p2', role: 'viewer' },
        ],
      }),
    ).rejects.toThrow('demo user a@x.test is listed twice');
  });

  test('custom users replace the defaults', async () => {
    const app = await startDemoApp({ users: [{ email: 'ops@corp.test', password: 'correct horse', role: 'viewer' }] });
    try {
      const login = (email: string, password: string) =>
        fetch(`${app.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      expect((await login('ops@corp.test', 'correct horse')).status).toBe(200);
      expect((await login('admin@demo.test', 'demo-admin-pass')).status).toBe(401);
    } finally {
      await app.close();
    }
  });
});
