import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CsrfTokens, Session, SessionStore, UserDirectory } from './app-auth.js';
import {
  HttpError,
  readCookie,
  readForm,
  readJsonObject,
  sendEmpty,
  sendHtml,
  sendJson,
} from './app-http.js';
import { renderDashboard, renderLoginPage, STYLESHEET, STYLESHEET_ETAG } from './app-pages.js';
import { rateLimitHeaders, type LoginRateLimiter } from './app-rate-limit.js';
import { appendAudit, type AuditAction, type DemoAppState, type TaskStore } from './app-state.js';

/** Everything a handler may touch; one per running app. */
export interface AppContext {
  state: DemoAppState;
  users: UserDirectory;
  sessions: SessionStore;
  csrf: CsrfTokens;
  limiter: LoginRateLimiter;
  tasks: TaskStore;
  version: string;
  now: () => number;
}

export interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  ip: string;
  app: AppContext;
}

export type Handler = (call: Call) => Promise<void> | void;

/** A path pattern (`:name` marks a parameter segment) and a handler per method; HEAD follows GET. */
export interface Route {
  path: string;
  methods: Partial<Record<'GET' | 'POST' | 'DELETE', Handler>>;
}

const SESSION_COOKIE = 'sid';
const CSRF_COOKIE = 'csrf';
const MAX_TITLE_LENGTH = 200;

function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/`;
}

/** A bearer token wins over the cookie; a malformed or unknown one signs nobody in. */
function findSession(call: Call): Session | undefined {
  const authorization = call.req.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(authorization);
    return bearer ? call.app.sessions.find(bearer[1]) : undefined;
  }
  return call.app.sessions.find(readCookie(call.req, SESSION_COOKIE));
}

function requireSession(call: Call): Session {
  const session = findSession(call);
  if (!session) throw new HttpError(401, 'unauthenticated', 'Sign in first', { 'WWW-Authenticate': 'Bearer' });
  return session;
}

function requireAdmin(call: Call, doing: string): Session {
  const session = requireSession(call);
  if (session.role !== 'admin') throw new HttpError(403, 'forbidden', `The ${session.role} role cannot ${doing}`);
  return session;
}

function audit(call: Call, action: AuditAction, actor: string | null, target?: string): void {
  appendAudit(call.app.state, { at: new Date(call.app.now()).toISOString(), action, actor, ip: call.ip, ...(target ? { target } : {}) });
}

/**
 * The sign-in both login routes share: rate limit, then the password check. Throws 429 or 401
 * (with the rate-limit headers); returns the new session and the headers for the success response.
 */
async function signIn(call: Call, email: string, password: string, via: 'json' | 'form'): Promise<{ session: Session; headers: Record<string, string> }> {
  const { limiter, users, sessions } = call.app;
  const taken = limiter.take(call.ip);
  if (taken.limited) {
    audit(call, 'sign-in-blocked', email, via);
    throw new HttpError(429, 'rate_limited', `Too many failed sign-ins; try again in ${taken.resetSeconds} s`, rateLimitHeaders(taken, limiter.policy));
  }
  const user = await users.verify(email, password);
  if (!user) {
    audit(call, 'sign-in-failed', email, via);
    throw new HttpError(401, 'invalid_credentials', 'The email or password is wrong', rateLimitHeaders(taken, limiter.policy));
  }
  const session = sessions.create(user);
  audit(call, 'sign-in', user.email, via);
  return { session, headers: rateLimitHeaders(limiter.refund(call.ip), limiter.policy) };
}

const jsonLogin: Handler = async (call) => {
  const body = await readJsonObject(call.req);
  if (typeof body.email !== 'string' || typeof body.password !== 'string') {
    throw new HttpError(400, 'invalid_credentials_format', 'email and password must be strings');
  }
  const { session, headers } = await signIn(call, body.email, body.password, 'json');
  sendJson(call.res, 200, { token: session.token, role: session.role, email: session.email }, { ...headers, 'Set-Cookie': sessionCookie(session.token) });
};

const loginPage: Handler = (call) => {
  const token = call.app.csrf.issue();
  sendHtml(call.res, 200, renderLoginPage(token), { 'Set-Cookie': `${CSRF_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/login` });
};

const formLogin: Handler = async (call) => {
  const form = await readForm(call.req);
  if (!call.app.csrf.consume(readCookie(call.req, CSRF_COOKIE), form.get('_csrf'))) {
    throw new HttpError(403, 'csrf_failed', 'The sign-in form has expired or did not come from this site; reload /login');
  }
  const email = form.get('email');
  const password = form.get('password');
  if (email === null || password === null) throw new HttpError(400, 'invalid_credentials_format', 'email and password are required');
  const { session, headers } = await signIn(call, email, password, 'form');
  sendEmpty(call.res, 303, {
    ...headers,
    Location: '/dashboard',
    'Set-Cookie': [sessionCookie(session.token), `${CSRF_COOKIE}=; HttpOnly; SameSite=Strict; Path=/login; Max-Age=0`],
  });
};

const logout: Handler = (call) => {
  const session = requireSession(call);
  call.app.sessions.delete(session.token);
  audit(call, 'sign-out', session.email);
  sendEmpty(call.res, 204, { 'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0` });
};

const me: Handler = (call) => {
  const session = requireSession(call);
  sendJson(call.res, 200, { email: session.email, role: session.role });
};

const dashboard: Handler = (call) => {
  const session = findSession(call);
  if (!session) return sendEmpty(call.res, 302, { Location: '/login' });
  sendHtml(call.res, 200, renderDashboard(session, [...call.app.state.tasks.values()]));
};

function readTitle(body: Record<string, unknown>): string {
  if (typeof body.title !== 'string' || !body.title.trim()) throw new HttpError(400, 'invalid_title', 'title must be a non-empty string');
  const title = body.title.trim();
  if ([...title].length > MAX_TITLE_LENGTH) throw new HttpError(400, 'invalid_title', `title must be at most ${MAX_TITLE_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(title)) throw new HttpError(400, 'invalid_title', 'title must not contain control characters');
  return title;
}

function readIdempotencyKey(req: IncomingMessage): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  }
  return key;
}

const listTasks: Handler = (call) => {
  requireSession(call);
  sendJson(call.res, 200, { tasks: [...call.app.state.tasks.values()] });
};

const createTask: Handler = async (call) => {
  const session = requireAdmin(call, 'create tasks');
  const key = readIdempotencyKey(call.req);
  const title = readTitle(await readJsonObject(call.req));
  const result = call.app.tasks.create(title, session.email, key);
  if (result === 'conflict') {
    throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different title');
  }
  if (!result.replayed) audit(call, 'task.create', session.email, result.task.id);
  sendJson(call.res, 201, result.task, {
    Location: `/api/tasks/${encodeURIComponent(result.task.id)}`,
    ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
};

function findTask(call: Call) {
  const task = call.app.state.tasks.get(call.params.id!);
  if (!task) throw new HttpError(404, 'not_found', `There is no task ${JSON.stringify(call.params.id)}`);
  return task;
}

const getTask: Handler = (call) => {
  requireSession(call);
  sendJson(call.res, 200, findTask(call));
};

const deleteTask: Handler = (call) => {
  const session = requireAdmin(call, 'delete tasks');
  const task = findTask(call);
  call.app.state.tasks.delete(task.id);
  audit(call, 'task.delete', session.email, task.id);
  sendEmpty(call.res, 204);
};

const auditLog: Handler = (call) => {
  requireAdmin(call, 'read the audit log');
  sendJson(call.res, 200, { entries: call.app.state.audit });
};

const health: Handler = (call) => {
  sendJson(call.res, 200, { status: 'ok', version: call.app.version }, { 'X-App-Version': call.app.version });
};

const stylesheet: Handler = (call) => {
  // The one public, cacheable response: it is the same for everybody.
  call.res.removeHeader('Vary');
  const headers = { 'Cache-Control': 'public, max-age=86400', ETag: STYLESHEET_ETAG };
  if (call.req.headers['if-none-match'] === STYLESHEET_ETAG) return sendEmpty(call.res, 304, headers);
  call.res.writeHead(200, { ...headers, 'Content-Type': 'text/css; charset=utf-8', 'Content-Length': Buffer.byteLength(STYLESHEET) });
  call.res.end(STYLESHEET);
};

export const ROUTES: readonly Route[] = [
  { path: '/', methods: { GET: (call) => sendEmpty(call.res, 302, { Location: '/dashboard' }) } },
  { path: '/healthz', methods: { GET: health } },
  { path: '/assets/app.css', methods: { GET: stylesheet } },
  { path: '/login', methods: { GET: loginPage, POST: formLogin } },
  { path: '/dashboard', methods: { GET: dashboard } },
  { path: '/api/login', methods: { POST: jsonLogin } },
  { path: '/api/logout', methods: { POST: logout } },
  { path: '/api/me', methods: { GET: me } },
  { path: '/api/tasks', methods: { GET: listTasks, POST: createTask } },
  { path: '/api/tasks/:id', methods: { GET: getTask, DELETE: deleteTask } },
  { path: '/api/admin/audit', methods: { GET: auditLog } },
];
