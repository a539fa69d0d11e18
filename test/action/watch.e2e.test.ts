import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../checks/smoke/harness.js';
import { actionSandbox } from '../support/action-bundle.js';

describe('actions/watch, run as the runner runs it', () => {
  const sandbox = actionSandbox();
  let app: TestServer;
  let failing = false;
  beforeAll(async () => {
    app = await startServer((req, res) => {
      res.writeHead(failing && req.url === '/login' ? 503 : 200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  afterAll(async () => {
    await app.close();
    rmSync(sandbox.root, { recursive: true, force: true });
  });

  const manifest = () => `version: 1
environments:
  production: { url: "${app.url}" }
watch:
  duration: 300ms
  interval: 100ms
  min-probes: 4
  paths: [/, /login]
`;

  test('a healthy app: the step passes and the report holds each path\'s figures', async () => {
    failing = false;
    writeFileSync(join(sandbox.workspace, '.github/release-gate.yml'), manifest());
    const run = await sandbox.run('watch', {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.checks.map((c: { check: string; status: string }) => [c.check, c.status])).toEqual([['watch', 'pass']]);
    expect(report.checks[0].metrics.endpoints.map((e: { name: string; count: number }) => [e.name, e.count])).toEqual([['/', 3], ['/login', 3]]);
  });

  test('a failing path: the step fails with the error annotation on the watch section', async () => {
    failing = true;
    writeFileSync(join(sandbox.workspace, '.github/release-gate.yml'), manifest());
    const run = await sandbox.run('watch', {});
    failing = false;
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.stdout).toContain(`::error file=.github/release-gate.yml,line=5,col=3,title=watch-error-rate (watch)::error rate 50%25 (2 of 4 probes) in the window 0ms–100ms of the watch of ${app.url}/, above max-error-rate 2%25; stopped at 100ms: / 0 of 2 failed; /login 2 of 2 failed (503 ×2)`);
  });
});
