import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKS } from '../../../src/checks/index.js';
import { runGate } from '../../../src/gate.js';
import { runAlerts } from '../../../src/operate/alerts/run-alerts.js';
import { fileStore } from '../../../src/operate/history/file-store.js';
import { recordFromReport } from '../../../src/operate/history/record.js';
import type { Report } from '../../../src/types.js';
import { smokeContext } from '../smoke/harness.js';

/** A target app whose paths fail and recover on cue: the test sets `app.down` between runs. */
export const app = { down: new Set<string>(), token: 'tok-5a4b3c2d1e0f', status: 502 };

export function handle(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? '/';
  const send = (status: number, body: string, type = 'text/html') => { res.writeHead(status, { 'content-type': type }); res.end(body); };
  const path = url === '/api/login' ? 'login' : url === '/' ? 'homepage' : url === '/dashboard' ? 'dashboard' : url;
  if (app.down.has(path)) return send(app.status, 'bad gateway');
  if (url === '/api/login' && req.method === 'POST') return send(200, JSON.stringify({ token: app.token }), 'application/json');
  if (url === '/dashboard') return send(req.headers.authorization === `Bearer ${app.token}` ? 200 : 401, 'Operations dashboard');
  if (url === '/') return send(200, 'home');
  return send(404, 'not here');
}

export function manifest(url: string, historyFile: string, monitor?: string, extra = ''): string {
  return `version: 1
environments:
  production:
    url: ${url}
sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: a@b.c }
      capture: { token: $.token }
    headers:
      authorization: "Bearer {{ token }}"
history:
  file: ${historyFile}
monitor:
${monitor ?? `  - name: homepage
    request: GET /
  - name: login
    session: ops
  - name: dashboard
    session: ops
    request: GET /dashboard
    expect: { status: 200, body-contains: Operations dashboard }
`}${extra}`;
}

/**
 * What a scheduled workflow does, one run at a time: the monitor (through the gate, as the action and
 * the CLI run it) at the given time, then the run added to the history it continues from next time.
 */
export function scheduledMonitor(url: string, monitor?: string, options: { extra?: string; env?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-monitor-'));
  const historyFile = join(dir, 'history.ndjson');
  const source = manifest(url, historyFile, monitor, options.extra);
  const log: string[] = [];
  return {
    historyFile,
    log,
    async runAt(time: string, inputs: Record<string, string> = {}): Promise<Report> {
      const ctx = { ...smokeContext(source, { cwd: dir, inputs, env: options.env }), now: () => new Date(time) };
      const { report } = await runGate(ctx, { available: CHECKS, checks: ['monitor'] });
      const alerts = await runAlerts({
        report, manifest: ctx.manifest.data, cwd: dir, env: ctx.env, now: new Date(time), masker: ctx.masker, testAlert: inputs['test-alert'] === 'true',
        policy: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000 }, github: { baseDelayMs: 1, maxWaitMs: 50, timeoutMs: 2_000 },
        info: (m) => log.push(m), warning: (m) => log.push(m),
      });
      await fileStore(historyFile, dir).add([recordFromReport(report, { time, kind: 'nightly', environment: 'production' }, { alerts })], 500);
      return report;
    },
  };
}
