import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { latencyCheck } from '../../../src/checks/latency/index.js';
import { DEFAULT_USERS } from '../../../src/demo/app.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

export const MANIFEST_FILE = '.github/release-gate.yml';
export const ADMIN = DEFAULT_USERS.find((u) => u.role === 'admin')!;
export const VIEWER = DEFAULT_USERS.find((u) => u.role === 'viewer')!;

export const CREDENTIALS = {
  DEMO_ADMIN_EMAIL: ADMIN.email,
  DEMO_ADMIN_PASSWORD: ADMIN.password,
  DEMO_VIEWER_EMAIL: VIEWER.email,
  DEMO_VIEWER_PASSWORD: VIEWER.password,
};

/** The demo app's two sessions, lines 5-20, so `latency:` is line 21 when given `sessions: SESSIONS`. */
export const SESSIONS = `sessions:
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
`;

/**
 * Lines 1-4 are the version and one environment, so without sessions `latency:` is line 5 and the
 * section given starts at line 6.
 */
export function manifest(url: string, latency: string, options: { sessions?: string } = {}): string {
  return `version: 1
environments:
  production:
    url: ${url}
${options.sessions ?? ''}latency:
${latency}`;
}

export interface LatencyRunOptions {
  env?: Record<string, string | undefined>;
  inputs?: Record<string, string>;
  cwd?: string;
  signal?: AbortSignal;
  environment?: string;
}

export function latencyContext(source: string, options: LatencyRunOptions = {}): CheckContext {
  const cwd = options.cwd ?? process.cwd();
  return {
    cwd,
    env: { ...CREDENTIALS, ...options.env },
    manifest: parseManifest(source, MANIFEST_FILE),
    environment: options.environment,
    git: createGit(cwd),
    masker: new Masker(),
    now: () => new Date(),
    signal: options.signal ?? new AbortController().signal,
    input: (name) => options.inputs?.[name],
  };
}

/** The shape of one entry of metrics.endpoints, as tests read it. */
export interface EndpointMetrics {
  name: string;
  count: number;
  errors: number;
  samples: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  rate: number;
  dropped: number;
  statuses: Record<string, number>;
  failures?: Record<string, number>;
  histogram: string;
}

/** Runs the latency check directly (no gate around it), so tests see exactly what it returns. */
export async function runLatencyCheck(source: string, options: LatencyRunOptions = {}) {
  const ctx = latencyContext(source, options);
  const output = await latencyCheck.run(ctx, ctx.manifest.data.latency!);
  const metrics = output.metrics as Record<string, unknown> & { endpoints: EndpointMetrics[]; overall?: EndpointMetrics; achievedRate?: number };
  return { findings: output.findings, metrics, ctx };
}

/**
 * Findings about the app, without latency-rate-not-reached: that one is about the runner (this
 * machine is shared, and a busy moment delays the schedule), so tests of the app leave it out and
 * test it on its own.
 */
export function aboutTheApp(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId !== 'latency-rate-not-reached');
}

/** rule id and line of each finding about the app, in report order, for exact table comparisons. */
export function located(findings: Finding[]): string[] {
  return aboutTheApp(findings).sort(compareFindings).map((f) => `${f.ruleId} ${f.file}:${f.line}`);
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-latency-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
