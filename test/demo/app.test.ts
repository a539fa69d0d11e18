import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MAX_BODY_BYTES, startDemoApp, type DemoApp, type Task } from '../../src/demo/app.js';
import { ADMIN, bearer, postJson, signIn, VIEWER } from './sign-in.js';

let app: DemoApp;
let adminToken: string;
let viewerToken: string;

beforeAll(async () => {
  // A generous limit: the failed sign-ins here must not trip it (rate-limit.test.ts covers it).
  app = await startDemoApp({ version: '2.3.4-test', loginRateLimit: { max: 1000, windowMs: 60_000 } });
  adminToken = await signIn(app.url, ADMIN);
  viewerToken = await signIn(app.url, VIEWER);
});

afterAll(async () => {
  expect(app.state.errors).toEqual([]);
  await app.close();
});

async function loginForm(): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${app.url}/login`);
  const html = await res.text();
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  return { cookie, token };
}

function postForm(fields: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(`${app.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

async function createTask(title: string, headers: Record<string, string> = {}): Promise<Response> {
  return postJson(`${app.url}/api/tasks`, { title }, { ...bearer(adminToken), ...headers });
}

describe('JSON sign-in', () => {
  test('returns a token and role and sets an HttpOnly session cookie holding the same token', async () => {
    const res = await postJson(`${app.url}/api/login`, { email: ADMIN.email, password: ADMIN.password });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; role: string; email: string };
    expect(body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), role: 'admin', email: 'admin@demo.test' });
    expect(res.headers.getSetCookie()).toEqual([`sid=${body.token}; HttpOnly; SameSite=Lax; Path=/`]);
  });

  test('the bearer token and the cookie both authenticate later requests', async () => {
    const byBearer = await fetch(`${app.url}/api/me`, { headers: bearer(viewerToken) });
    expect(await byBearer.json()).toEqual({ email: 'viewer@demo.test', role: 'viewer' });
    const byCookie = await fetch(`${app.url}/api/me`, { headers: { cookie: `theme=dark; sid=${adminToken}` } });
    expect(await byCookie.json()).toEqual({ email: 'admin@demo.test', role: 'admin' });
  });

  test('emails are matched without regard to case or surrounding spaces', async () => {
    const res = await postJson(`${app.url}/api/login`, { email: '  Viewer@Demo.TEST ', password: VIEWER.password });
    expect(res.status).toBe(200);
  });

  test.each([
    ['a wrong password', { email: ADMIN.email, password: 'not-the-password' }],
    ['an unknown email', { email: 'nobody@demo.test', password: ADMIN.password }],
  ])('%s gives the same 401 JSON error', async (_name, credentials) => {
    const res = await postJson(`${app.url}/api/login`, credentials);
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await res.json()).toEqual({ error: 'invalid_credentials', message: 'The email or password is wrong' });
  });

  test.each([
    ['a missing password', JSON.stringify({ email: ADMIN.email }), 'application/json', 400, 'invalid_credentials_format'],
    ['a numeric password', JSON.stringify({ email: ADMIN.email, password: 1234 }), 'application/json', 400, 'invalid_credentials_format'],
    ['malformed JSON', '{"email": ', 'application/json', 400, 'invalid_json'],
    ['a JSON array', '[]', 'application/json', 400, 'invalid_json'],
    ['JSON sent as text/plain', JSON.stringify({ email: ADMIN.email, password: ADMIN.password }), 'text/plain', 415, 'unsupported_media_type'],
  ])('%s is refused', async (_name, body, contentType, status, error) => {
    const res = await fetch(`${app.url}/api/login`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBe(error);
  });

  test('an unknown bearer token signs nobody in, even beside a valid cookie', async () => {
    const res = await fetch(`${app.url}/api/me`, { headers: { authorization: 'Bearer forged', cookie: `sid=${adminToken}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('form sign-in', () => {
  test('GET /login serves a form whose hidden CSRF token matches the csrf cookie', async () => {
    const res = await fetch(`${app.url}/login`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    const token = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(html)![1];
    expect(res.headers.getSetCookie()).toEqual([`csrf=${token}; HttpOnly; SameSite=Strict; Path=/login`]);
    expect(html).toContain('<form method="post" action="/login">');
  });

  test('a valid form redirects to the dashboard with a session cookie that opens it', async () => {
    const { cookie, token } = await loginForm();
    const res = await postForm({ _csrf: token, email: ADMIN.email, password: ADMIN.password }, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard');
    const [session, clearedCsrf] = res.headers.getSetCookie();
    expect(session).toMatch(/^sid=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Lax; Path=\/$/);
    expect(clearedCsrf).toBe('csrf=; HttpOnly; SameSite=Strict; Path=/login; Max-Age=0');
    const dashboard = await fetch(`${app.url}/dashboard`, { headers: { cookie: session!.split(';')[0]! } });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('<title>Operations dashboard</title>');
  });

  test('a wrong password in the form is a 401 JSON error', async () => {
    const { cookie, token } = await loginForm();
    const res = await postForm({ _csrf: token, email: ADMIN.email, password: 'wrong' }, cookie);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_credentials', message: 'The email or password is wrong' });
  });

  test.each([
    ['no csrf cookie', async () => ({ cookie: undefined, token: (await loginForm()).token })],
    ['no token in the form', async () => ({ cookie: (await loginForm()).cookie, token: '' })],
    ['a cookie from another form', async () => ({ cookie: (await loginForm()).cookie, token: (await loginForm()).token })],
    ['a token the server never issued', async () => ({ cookie: 'csrf=made-up-token', token: 'made-up-token' })],
  ])('%s is refused with 403 before the password is checked', async (_name, makeCsrf) => {
    const { cookie, token } = await makeCsrf();
    const res = await postForm({ _csrf: token, email: ADMIN.email, password: ADMIN.password }, cookie);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe('csrf_failed');
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  test('a CSRF token works once', async () => {
    const { cookie, token } = await loginForm();
    expect((await postForm({ _csrf: token, email: VIEWER.email, password: VIEWER.password }, cookie)).status).toBe(303);
    expect((await postForm({ _csrf: token, email: VIEWER.email, password: VIEWER.password }, cookie)).status).toBe(403);
  });

  test('the form must be sent as application/x-www-form-urlencoded', async () => {
    const res = await postJson(`${app.url}/login`, { email: ADMIN.email, password: ADMIN.password });
    expect(res.status).toBe(415);
  });
});

describe('sign-out', () => {
  test('POST /api/logout ends the session, clears the cookie and is audited', async () => {
    const token = await signIn(app.url, VIEWER);
    const res = await fetch(`${app.url}/api/logout`, { method: 'POST', headers: bearer(token) });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()).toEqual(['sid=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0']);
    expect(app.state.sessions.has(token)).toBe(false);
    expect((await fetch(`${app.url}/api/me`, { headers: bearer(token) })).status).toBe(401);
    expect((await fetch(`${app.url}/api/logout`, { method: 'POST', headers: bearer(token) })).status).toBe(401);
    expect(app.state.audit.at(-1)).toMatchObject({ action: 'sign-out', actor: 'viewer@demo.test', ip: '127.0.0.1' });
  });
});

describe('dashboard', () => {
  test('redirects to /login when signed out', async () => {
    const res = await fetch(`${app.url}/dashboard`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login');
  });

  test('/ redirects to the dashboard', async () => {
    const res = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/dashboard');
  });

  test('lists open tasks with their titles escaped', async () => {
    const created = (await (await createTask('<script>alert(1)</script> & more')).json()) as Task;
    const html = await (await fetch(`${app.url}/dashboard`, { headers: bearer(viewerToken) })).text();
    expect(html).toContain('<h1>Operations dashboard</h1>');
    expect(html).toContain('Review on-call rota for next week');
    expect(html).toContain(`<li data-task-id="${created.id}">&#60;script&#62;alert(1)&#60;/script&#62; &#38; more`);
    expect(html).not.toContain('<script>');
  });
});

describe('tasks API', () => {
  test('lists the seeded tasks for any signed-in user', async () => {
    const res = await fetch(`${app.url}/api/tasks`, { headers: bearer(viewerToken) });
    expect(res.status).toBe(200);
    const { tasks } = (await res.json()) as { tasks: Task[] };
    expect(tasks.slice(0, 2).map((t) => [t.id, t.title, t.createdBy])).toEqual([
      ['1', 'Review on-call rota for next week', 'system'],
      ['2', 'Renew TLS certificate for ops.example.com', 'system'],
    ]);
  });

  test('creates a task (trimming the title), reads it back and deletes it', async () => {
    const res = await createTask('  Rotate the pager  ');
    expect(res.status).toBe(201);
    const task = (await res.json()) as Task;
    expect(task).toEqual({ id: expect.stringMatching(/^\d+$/), title: 'Rotate the pager', createdBy: 'admin@demo.test', createdAt: expect.any(String) });
    expect(new Date(task.createdAt).toISOString()).toBe(task.createdAt);
    expect(res.headers.get('location')).toBe(`/api/tasks/${task.id}`);
    expect(app.state.tasks.get(task.id)).toEqual(task);

    expect(await (await fetch(`${app.url}/api/tasks/${task.id}`, { headers: bearer(viewerToken) })).json()).toEqual(task);
    const deleted = await fetch(`${app.url}/api/tasks/${task.id}`, { method: 'DELETE', headers: bearer(adminToken) });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(app.state.tasks.has(task.id)).toBe(false);

    const again = await fetch(`${app.url}/api/tasks/${task.id}`, { method: 'DELETE', headers: bearer(adminToken) });
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: 'not_found', message: `There is no task "${task.id}"` });
    expect((await fetch(`${app.url}/api/tasks/${task.id}`, { headers: bearer(adminToken) })).status).toBe(404);
  });

  test.each([
    ['a missing title', '{}', 'title must be a non-empty string'],
    ['a blank title', JSON.stringify({ title: '   ' }), 'title must be a non-empty string'],
    ['a numeric title', JSON.stringify({ title: 7 }), 'title must be a non-empty string'],
    ['a 201-character title', JSON.stringify({ title: 'x'.repeat(201) }), 'title must be at most 200 characters'],
    ['a title with a newline', JSON.stringify({ title: 'a\nb' }), 'title must not contain control characters'],
  ])('%s is a 400', async (_name, body, message) => {
    const before = app.state.tasks.size;
    const res = await fetch(`${app.url}/api/tasks`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(adminToken) }, body });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_title', message });
    expect(app.state.tasks.size).toBe(before);
  });

  test('a 200-character title is accepted', async () => {
    expect((await createTask('é'.repeat(200))).status).toBe(201);
  });

  test('bad JSON is a 400', async () => {
    const res = await fetch(`${app.url}/api/tasks`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(adminToken) }, body: '{"title": "x",}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_json', message: 'The request body is not valid JSON' });
  });

  test('the viewer may read but not write', async () => {
    const before = app.state.tasks.size;
    const create = await postJson(`${app.url}/api/tasks`, { title: 'viewer task' }, bearer(viewerToken));
    expect(create.status).toBe(403);
    expect(await create.json()).toEqual({ error: 'forbidden', message: 'The viewer role cannot create tasks' });
    const remove = await fetch(`${app.url}/api/tasks/1`, { method: 'DELETE', headers: bearer(viewerToken) });
    expect(remove.status).toBe(403);
    expect(app.state.tasks.size).toBe(before);
    expect(app.state.tasks.has('1')).toBe(true);
  });

  test.each([
    ['GET', '/api/tasks'],
    ['POST', '/api/tasks'],
    ['GET', '/api/tasks/1'],
    ['DELETE', '/api/tasks/1'],
    ['GET', '/api/me'],
  ])('%s %s without signing in is a 401', async (method, path) => {
    const res = await fetch(`${app.url}${path}`, { method });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthenticated', message: 'Sign in first' });
  });
});

describe('Idempotency-Key', () => {
  test('the same key returns the same task without creating a duplicate', async () => {
    const before = app.state.tasks.size;
    const first = await createTask('Page the DBA', { 'idempotency-key': 'key-1' });
    const second = await createTask('Page the DBA', { 'idempotency-key': 'key-1' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await second.json()).toEqual(await first.json());
    expect(app.state.tasks.size).toBe(before + 1);
  });

  test('concurrent requests with one key create one task', async () => {
    const before = app.state.tasks.size;
    const responses = await Promise.all([1, 2, 3].map(() => createTask('Parallel', { 'idempotency-key': 'key-parallel' })));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as Task).id));
    expect(new Set(ids).size).toBe(1);
    expect(app.state.tasks.size).toBe(before + 1);
  });

  test('reusing a key with a different title is a 422', async () => {
    await createTask('First', { 'idempotency-key': 'key-2' });
    const res = await createTask('Second', { 'idempotency-key': 'key-2' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toBe('idempotency_key_reused');
  });

  test('without a key, two identical requests make two tasks', async () => {
    const a = (await (await createTask('Twice')).json()) as Task;
    const b = (await (await createTask('Twice')).json()) as Task;
    expect(a.id).not.toBe(b.id);
  });

  test('a key that is not visible ASCII is a 400', async () => {
    const res = await createTask('x', { 'idempotency-key': 'has space' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_idempotency_key');
  });
});

describe('audit log', () => {
  test('records sign-ins and writes for the admin, without passwords', async () => {
    const task = (await (await createTask('Audited')).json()) as Task;
    await fetch(`${app.url}/api/tasks/${task.id}`, { method: 'DELETE', headers: bearer(adminToken) });
    await postJson(`${app.url}/api/login`, { email: VIEWER.email, password: 'guess-123' });

    const res = await fetch(`${app.url}/api/admin/audit`, { headers: bearer(adminToken) });
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: Array<{ action: string; actor: string | null; target?: string; at: string; ip: string }> };
    expect(entries.slice(0, 2)).toEqual([
      { at: expect.any(String), action: 'sign-in', actor: 'admin@demo.test', ip: '127.0.0.1', target: 'json' },
      { at: expect.any(String), action: 'sign-in', actor: 'viewer@demo.test', ip: '127.0.0.1', target: 'json' },
    ]);
    expect(entries.slice(-3).map((e) => [e.action, e.actor, e.target])).toEqual([
      ['task.create', 'admin@demo.test', task.id],
      ['task.delete', 'admin@demo.test', task.id],
      ['sign-in-failed', 'viewer@demo.test', 'json'],
    ]);
    const text = JSON.stringify(entries);
    expect(text).not.toContain('guess-123');
    expect(text).not.toContain(ADMIN.password);
  });

  test('the viewer gets 403 and an anonymous caller 401', async () => {
    const viewer = await fetch(`${app.url}/api/admin/audit`, { headers: bearer(viewerToken) });
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toEqual({ error: 'forbidden', message: 'The viewer role cannot read the audit log' });
    expect((await fetch(`${app.url}/api/admin/audit`)).status).toBe(401);
  });
});

describe('health', () => {
  test('reports ok and the version in the body and X-App-Version', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-app-version')).toBe('2.3.4-test');
    expect(await res.json()).toEqual({ status: 'ok', version: '2.3.4-test' });
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await fetch(`${app.url}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-app-version')).toBe('2.3.4-test');
    expect(await res.text()).toBe('');
  });
});

describe('headers', () => {
  const SECURITY = {
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };

  test.each([
    ['GET', '/healthz', false],
    ['GET', '/login', false],
    ['GET', '/dashboard', false],
    ['GET', '/assets/app.css', false],
    ['GET', '/no/such/route', false],
    ['PUT', '/api/tasks', true],
    ['GET', '/api/tasks', true],
    ['GET', '/api/tasks', false],
    ['GET', '/api/admin/audit', true],
  ])('%s %s (signed in: %s) carries every security header', async (method, path, signedIn) => {
    const res = await fetch(`${app.url}${path}`, { method, redirect: 'manual', headers: signedIn ? bearer(adminToken) : {} });
    for (const [name, value] of Object.entries(SECURITY)) expect([name, res.headers.get(name)]).toEqual([name, value]);
  });

  test.each([
    ['/api/tasks', 200],
    ['/api/tasks/1', 200],
    ['/api/me', 200],
    ['/api/admin/audit', 200],
    ['/dashboard', 200],
  ])('signed-in %s is never stored by a cache and varies on the credentials', async (path, status) => {
    const res = await fetch(`${app.url}${path}`, { headers: bearer(adminToken) });
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store, private');
    expect(res.headers.get('vary')).toBe('Cookie, Authorization');
  });

  test('the sign-in response and the login form are not cacheable', async () => {
    const login = await postJson(`${app.url}/api/login`, { email: VIEWER.email, password: VIEWER.password });
    expect(login.headers.get('cache-control')).toBe('no-store, private');
    expect((await fetch(`${app.url}/login`)).headers.get('cache-control')).toBe('no-store, private');
  });

  test('the stylesheet is publicly cacheable and revalidates with its ETag', async () => {
    const res = await fetch(`${app.url}/assets/app.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(res.headers.get('vary')).toBeNull();
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{16}"$/);
    const revalidated = await fetch(`${app.url}/assets/app.css`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  test('HTML pages carry a Content-Security-Policy', async () => {
    const res = await fetch(`${app.url}/login`);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  });
});

describe('errors', () => {
  test('an unknown route is a 404 JSON error', async () => {
    const res = await fetch(`${app.url}/no/such/route?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ error: 'not_found', message: 'No route for GET /no/such/route' });
  });

  test.each([
    ['DELETE', '/api/tasks', 'GET, HEAD, POST'],
    ['PUT', '/api/tasks/1', 'GET, HEAD, DELETE'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['GET', '/api/login', 'POST'],
  ])('%s %s is a 405 with Allow: %s', async (method, path, allow) => {
    const res = await fetch(`${app.url}${path}`, { method, headers: bearer(adminToken) });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as { error: string }).error).toBe('method_not_allowed');
  });

  test('a body of exactly 64 KiB is read; one byte more is a 413', async () => {
    const fits = JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES - 12) });
    expect(Buffer.byteLength(fits)).toBe(MAX_BODY_BYTES);
    const ok = await fetch(`${app.url}/api/tasks`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(adminToken) }, body: fits });
    expect(ok.status).toBe(400);
    const tooBig = await fetch(`${app.url}/api/tasks`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(adminToken) }, body: `${fits} ` });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ error: 'payload_too_large', message: 'Request bodies are limited to 65536 bytes' });
  });

  test('a streamed (chunked) body over 64 KiB is a 413 too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${app.url}/api/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(adminToken) },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  test('a malformed percent-encoding in a path parameter is a 400', async () => {
    const res = await fetch(`${app.url}/api/tasks/%E0%A4%A`, { headers: bearer(adminToken) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad_percent_encoding', message: 'The path has a malformed percent-encoding' });
  });

  test('a percent-encoded id is decoded before lookup', async () => {
    const res = await fetch(`${app.url}/api/tasks/%31`, { headers: bearer(adminToken) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Task).id).toBe('1');
  });
});
