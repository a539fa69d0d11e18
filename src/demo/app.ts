/**
 * The bundled demo: a small internal-operations app (sign-in with admin and viewer roles, a
 * dashboard, a tasks API, an audit log) built on node:http alone, so the committed bundle runs it
 * without node_modules. The smoke, latency and domain checks, their tests and `npm run demo`
 * target it. docs/demo-app.md lists the routes and users.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { CsrfTokens, DEFAULT_USERS, SessionStore, UserDirectory, type DemoUser } from './app-auth.js';
import { answerClientError, clientAddress, HttpError, PRIVATE_CACHE_HEADERS, SECURITY_HEADERS, sendError } from './app-http.js';
import { DEFAULT_LOGIN_RATE_LIMIT, LoginRateLimiter, type RateLimitPolicy } from './app-rate-limit.js';
import { ROUTES, type AppContext, type Handler } from './app-routes.js';
import { DEFAULT_TASKS, TaskStore, type DemoAppState } from './app-state.js';

export { DEFAULT_USERS, type DemoUser, type Role } from './app-auth.js';
export { DEFAULT_LOGIN_RATE_LIMIT, type RateLimitPolicy } from './app-rate-limit.js';
export { DEFAULT_TASKS, type AuditAction, type AuditEntry, type DemoAppState, type Task } from './app-state.js';
export { MAX_BODY_BYTES } from './app-http.js';

export const DEFAULT_VERSION = '1.0.0';

export interface DemoAppOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Default DEFAULT_USERS: admin@demo.test and viewer@demo.test. */
  users?: readonly DemoUser[];
  /** Titles of the tasks the app starts with; default DEFAULT_TASKS, `[]` for none. */
  tasks?: readonly string[];
  /** Failed sign-ins per client address per window; default 5 per minute. */
  loginRateLimit?: RateLimitPolicy;
  /** The clock, in epoch milliseconds: rate-limit windows, sessions, timestamps. Default Date.now. */
  now?: () => number;
  /**
   * Extra milliseconds to hold each request before handling it, decided per request (`index`
   * counts requests from 0), so latency tests can build known shapes. The wait is a timer, so it
   * never blocks other requests.
   */
  latency?: (req: IncomingMessage, index: number) => number;
  /** Reported by /healthz and X-App-Version; default DEFAULT_VERSION. */
  version?: string;
}

export interface DemoApp {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234. */
  url: string;
  port: number;
  state: DemoAppState;
  /** Stops listening and ends every connection, keep-alive and in-flight ones included. */
  close(): Promise<void>;
}

export async function startDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  const now = options.now ?? Date.now;
  const sessions = new SessionStore(now);
  const state: DemoAppState = { tasks: new Map(), audit: [], sessions: sessions.sessions, requests: 0, errors: [] };
  const app: AppContext = {
    state,
    users: await UserDirectory.create(options.users ?? DEFAULT_USERS),
    sessions,
    csrf: new CsrfTokens(now),
    limiter: new LoginRateLimiter(options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT, now),
    tasks: new TaskStore(state.tasks, now),
    version: options.version ?? DEFAULT_VERSION,
    now,
  };
  for (const title of options.tasks ?? DEFAULT_TASKS) app.tasks.create(title, 'system');

  // Aborted by close(), so requests waiting on the latency hook do not keep timers alive.
  const closing = new AbortController();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const index = state.requests++;
    for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...PRIVATE_CACHE_HEADERS })) res.setHeader(name, value);
    try {
      const extraMs = options.latency?.(req, index) ?? 0;
      if (extraMs > 0) await delay(extraMs, undefined, { signal: closing.signal });
      const { handler, params } = resolveRoute(req);
      await handler({ req, res, params, ip: clientAddress(req), app });
    } catch (error) {
      if (closing.signal.aborted) return;
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof HttpError) {
        sendError(res, error);
      } else {
        state.errors.push(error);
        sendError(res, new HttpError(500, 'internal_error', 'Something went wrong on the server'));
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    state,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Finds the handler for the request's path and method; 400, 404 or 405 (with Allow) otherwise. */
function resolveRoute(req: IncomingMessage): { handler: Handler; params: Record<string, string> } {
  const target = req.url ?? '';
  // Only origin-form targets (`/path?query`); absolute-form and `*` are for proxies and OPTIONS.
  if (!target.startsWith('/')) throw new HttpError(400, 'bad_request_target', 'The request target must be a path');
  const path = target.split('?', 1)[0]!;
  const segments = path.split('/');
  for (const route of ROUTES) {
    const params = matchPath(route.path.split('/'), segments);
    if (!params) continue;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const handler = route.methods[method as keyof typeof route.methods];
    if (handler) return { handler, params };
    const allowed = Object.keys(route.methods).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]));
    throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${route.path}`, { Allow: allowed.join(', ') });
  }
  throw new HttpError(404, 'not_found', `No route for ${req.method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}`);
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i]!;
    if (part.startsWith(':')) {
      if (!segment) return undefined;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        throw new HttpError(400, 'bad_percent_encoding', 'The path has a malformed percent-encoding');
      }
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
