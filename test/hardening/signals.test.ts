import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { json, recorder, workspace, type Recorder } from './harness.js';

/**
 * A cancelled workflow sends SIGINT, then SIGTERM. The built CLI stops sending, runs the pending
 * cleanups, writes the partial report with the interrupted check marked, and exits 130 or 143; a
 * second signal exits at once.
 */

const CLI = resolve('dist/cli/index.js');
let app: Recorder;
let onHang: () => void = () => undefined;
let onCleanup: () => void = () => undefined;
let hangCleanup = false;

beforeAll(async () => {
  app = await recorder((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/api/items' && req.method === 'POST') return json(res, 201, { id: 'item-1' });
    if (path === '/api/items/item-1' && req.method === 'DELETE') {
      onCleanup();
      if (hangCleanup) return; // never answers
      return json(res, 204, {});
    }
    if (path === '/hang') return onHang(); // never answers
    json(res, 200, {});
  });
});
afterAll(async () => app.close());

const manifest = () => `version: 1
environments:
  production: { url: "${app.url}" }
smoke:
  timeout: 60s
  steps:
    - name: create
      request: POST /api/items
      capture: { id: $.id }
      cleanup: DELETE /api/items/{{ id }}
    - name: hang
      request: GET /hang
    - name: never reached
      request: GET /after
`;

function start(cwd: string) {
  const child = spawn(process.execPath, [CLI, 'smoke', '--format', 'json', '--output', 'report.json'], { cwd, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, stderr: () => stderr };
}

describe('interrupting the CLI', () => {
  test.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s: cleanups run, the partial report is written, exit %s', async (signal, code) => {
    const ws = workspace({ '.github/release-gate.yml': manifest() });
    app.requests.length = 0;
    hangCleanup = false;
    try {
      const run = start(ws.dir);
      onHang = () => run.child.kill(signal);
      expect(await run.exited).toBe(code);
      expect(app.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/items', 'GET /hang', 'DELETE /api/items/item-1']);
      const report = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as { status: string; checks: { check: string; status: string; findings: { ruleId: string; message: string }[] }[] };
      expect([report.status, report.checks[0]!.status]).toEqual(['fail', 'error']);
      expect(report.checks[0]!.findings.map((f) => f.ruleId)).toContain('run-interrupted');
      expect(report.checks[0]!.findings.find((f) => f.ruleId === 'run-interrupted')!.message).toBe(`the smoke check was interrupted by ${signal} before it finished: its findings are partial`);
    } finally {
      ws.remove();
    }
  });

  test('a second signal exits at once, even while a cleanup hangs', async () => {
    const ws = workspace({ '.github/release-gate.yml': manifest() });
    app.requests.length = 0;
    hangCleanup = true;
    try {
      const run = start(ws.dir);
      onHang = () => run.child.kill('SIGINT');
      onCleanup = () => run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(existsSync(join(ws.dir, 'report.json'))).toBe(false);
      expect(app.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/items', 'GET /hang', 'DELETE /api/items/item-1']);
    } finally {
      onCleanup = () => undefined;
      ws.remove();
    }
  }, 30_000);
});
