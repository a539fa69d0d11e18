import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { smokeCheck } from '../../../src/checks/smoke/index.js';
import { DEFAULT_USERS } from '../../../src/demo/app.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

export const MANIFEST_FILE = '.github/release-gate.yml';
export const ADMIN = DEFAULT_USERS.find((u) => u.role === 'admin')!;
export const VIEWER = DEFAULT_USERS.find((u) => u.role === 'viewer')!;

/** The environment the demo manifests read their credentials from, as the demo runner sets it. */
export const CREDENTIALS = {
  DEMO_ADMIN_EMAIL: ADMIN.email,
  DEMO_ADMIN_PASSWORD: ADMIN.password,
  DEMO_VIEWER_EMAIL: VIEWER.email,
  DEMO_VIEWER_PASSWORD: VIEWER.password,
};

/**
 * The admin session (JSON token) and the viewer session (form login with a CSRF token) fill lines 1-24,
 * so the smoke section given starts at line 25: `  steps:` there puts the first step on line 26.
 */
export function manifest(url: string, smoke: string, options: { sessions?: string } = {}): string {
  return `version: 1
environments:
  production:
    url: ${url}
${options.sessions ?? `sessions:
  admin:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_ADMIN_EMAIL }}", password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
      expect: { status: 200 }
      capture: { token: $.token }
    headers:
      authorization: "Bearer {{ token }}"
  viewer:
    login-page:
      request: GET /login
      capture: { csrf: "input:_csrf" }
    login:
      request: POST /login
      form: { _csrf: "{{ csrf }}", email: "{{ env.DEMO_VIEWER_EMAIL }}", password: "{{ env.DEMO_VIEWER_PASSWORD }}" }
      expect: { body-contains: Operations dashboard }
    headers:
      x-client: release-gate-test
`}smoke:
${smoke}`;
}

export interface SmokeRunOptions {
  env?: Record<string, string | undefined>;
  inputs?: Record<string, string>;
  cwd?: string;
  masker?: Masker;
  environment?: string;
  signal?: AbortSignal;
}

export function smokeContext(source: string, options: SmokeRunOptions = {}): CheckContext {
  const cwd = options.cwd ?? process.cwd();
  return {
    cwd,
    env: { ...CREDENTIALS, ...options.env },
    manifest: parseManifest(source, MANIFEST_FILE),
    environment: options.environment,
    git: createGit(cwd),
    masker: options.masker ?? new Masker(),
    now: () => new Date(),
    signal: options.signal ?? new AbortController().signal,
    input: (name) => options.inputs?.[name],
  };
}

/** Runs the smoke check directly (no gate around it), so tests see exactly what the check returns. */
export async function runSmokeCheck(source: string, options: SmokeRunOptions = {}) {
  const ctx = smokeContext(source, options);
  const output = await smokeCheck.run(ctx, ctx.manifest.data.smoke!);
  return { ...output, masker: ctx.masker, ctx };
}

/** rule id, line and column of each finding, for exact table comparisons. */
export function located(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
}

export interface TestServer {
  url: string;
  port: number;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

/** A tiny HTTP server for the failure modes the demo app does not have; it records every request. */
export async function startServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-smoke-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The token and cookie the fake app's login hands out: they must never appear in any output. */
export const FAKE_TOKEN = 'tok-7f3a9c1e5b2d4f6a8c0e';
export const FAKE_COOKIE = 'sid-2b4d6f8a0c1e3a5c7e9f';

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/**
 * A small app for the failure modes the demo app does not have: POST /api/login answers the token and
 * a session cookie to the demo admin's credentials; every other route is given by the test.
 */
export function startFakeApp(routes: Record<string, Route>): Promise<TestServer> {
  return startServer((req, res, body) => {
    const key = `${req.method} ${(req.url ?? '').split('?')[0]}`;
    const route = routes[key];
    if (route) return route(req, res, body);
    if (key === 'POST /api/login') {
      const credentials = JSON.parse(body || '{}') as { email?: string; password?: string };
      if (credentials.email !== ADMIN.email || credentials.password !== ADMIN.password) return json(res, 401, { error: 'invalid_credentials' });
      return json(res, 200, { token: FAKE_TOKEN }, { 'set-cookie': `sid=${FAKE_COOKIE}; HttpOnly; Path=/` });
    }
    json(res, 404, { error: 'not_found' });
  });
}

/**
 * One JSON-token session, lines 5-12, so `smoke:` is line 13 and the section given starts at line 14:
 * `  steps:` there puts the first step on line 15. The sign-in is at line 8, column 7.
 */
export const TOKEN_SESSION = `sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_ADMIN_EMAIL }}", password: "{{ env.DEMO_ADMIN_PASSWORD }}" }
      capture: { token: $.token }
    headers:
      authorization: "Bearer {{ token }}"
`;

/** Findings in report order with durations replaced, for exact comparison. */
export function summarize(findings: Finding[]): { ruleId: string; severity: string; line?: number; column?: number; message: string }[] {
  return [...findings].sort(compareFindings).map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, message: f.message.replace(/\b(after|in) \d+ ms/g, '$1 N ms') }));
}
