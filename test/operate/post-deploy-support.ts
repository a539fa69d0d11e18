import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../checks/smoke/harness.js';

export const GOOD_SHA = '1111111111111111111111111111111111111111';
export const BAD_SHA = '2222222222222222222222222222222222222222';
export const OLDER_SHA = '3333333333333333333333333333333333333333';

/**
 * A target app that serves its dashboard while its release is good and answers 500 (or hangs) while
 * it is bad; POST /rollback?sha=X puts release X back, as a real platform's rollback would.
 */
export interface TargetApp extends TestServer {
  release: string;
  rollbacks: string[];
  /** How a bad release fails: a 500, or no answer at all. */
  failure: 'status' | 'hang';
  /** A release that breaks under live traffic: after this many more requests, the bad release is served. */
  breakAfter(requests: number): void;
}

export async function startTargetApp(release = BAD_SHA): Promise<TargetApp> {
  const state = { release, rollbacks: [] as string[], failure: 'status' as 'status' | 'hang', breakAfter: undefined as number | undefined };
  const server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://app');
    if (req.method === 'POST' && url.pathname === '/rollback') {
      const sha = url.searchParams.get('sha') ?? '';
      state.rollbacks.push(sha);
      if (sha) state.release = sha;
      res.writeHead(200).end('rolled back');
      return;
    }
    if (state.breakAfter !== undefined && state.breakAfter-- <= 0) {
      state.breakAfter = undefined;
      state.release = BAD_SHA;
    }
    if (state.release === BAD_SHA) {
      if (state.failure === 'hang') return; // never answers
      res.writeHead(500, { 'content-type': 'text/plain', 'x-app-version': state.release }).end('Internal Server Error: relation "tasks" does not exist');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'x-app-version': state.release }).end('<h1>Operations dashboard</h1>');
  });
  return Object.defineProperties(server, {
    release: { get: () => state.release, set: (v: string) => void (state.release = v) },
    rollbacks: { get: () => state.rollbacks },
    failure: { get: () => state.failure, set: (v: 'status' | 'hang') => void (state.failure = v) },
    breakAfter: { value: (requests: number) => void (state.breakAfter = requests) },
  }) as TargetApp;
}

export interface Workspace {
  dir: string;
  manifestPath: string;
  /** What the rollback script saw, one KEY=value per line. */
  scriptSaw(): Record<string, string>;
  write(name: string, content: string): string;
  cleanup(): void;
}

/**
 * A working directory with a manifest, a real rollback script (it records the RELEASE_GATE_*
 * variables it was given and asks the app to go back to RELEASE_GATE_PREVIOUS_SHA), and a history.
 */
export function workspace(app: TargetApp, options: { rollback?: string; history?: string; extra?: string; scriptExit?: number } = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'rg-post-deploy-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  write('rollback.sh', `#!/bin/sh
env | grep '^RELEASE_GATE_' | sort > rollback-saw.txt
echo "rolling back $RELEASE_GATE_ENVIRONMENT from $RELEASE_GATE_FAILED_SHA to $RELEASE_GATE_PREVIOUS_SHA"
${options.scriptExit ? `echo "platform refused the rollback" >&2\nexit ${options.scriptExit}` : `node -e 'fetch(process.argv[1], { method: "POST" }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "${app.url}/rollback?sha=$RELEASE_GATE_PREVIOUS_SHA"`}
`);
  chmodSync(join(dir, 'rollback.sh'), 0o755);
  const manifestPath = write('release-gate.yml', `version: 1
environments:
  production:
    url: ${app.url}
smoke:
  environment: production
  timeout: 5s
  steps:
    - name: dashboard
      request: GET /
      expect: { status: 200, body-contains: Operations dashboard }
history:
  file: history.ndjson
${options.rollback ?? 'rollback:\n  run: ./rollback.sh\n'}${options.extra ?? ''}`);
  if (options.history !== undefined) write('history.ndjson', options.history);
  return {
    dir,
    manifestPath,
    write,
    scriptSaw: () => {
      let text: string;
      try {
        text = readFileSync(join(dir, 'rollback-saw.txt'), 'utf8');
      } catch {
        return {};
      }
      return Object.fromEntries(text.trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** One history line: a post-deploy run on production of `sha` that passed or failed. */
export function historyLine(sha: string, time: string, status: 'pass' | 'fail' = 'pass', kind = 'post-deploy'): string {
  return `${JSON.stringify({ v: 1, time, commit: sha, kind, environment: 'production', status, checks: [{ check: 'smoke', status, durationMs: 5, findingsByRule: {}, findings: [] }] })}\n`;
}

/** A deployment_status event as GitHub writes it to GITHUB_EVENT_PATH. */
export function deploymentEvent(app: TargetApp, state = 'success', sha = BAD_SHA): string {
  return JSON.stringify({
    deployment: { id: 42, sha, ref: 'main', environment: 'production' },
    deployment_status: { state, environment: 'production', environment_url: app.url },
  });
}
