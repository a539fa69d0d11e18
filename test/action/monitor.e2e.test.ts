import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../checks/smoke/harness.js';
import { actionSandbox } from '../support/action-bundle.js';

describe('actions/monitor, run as the runner runs it', () => {
  const sandbox = actionSandbox();
  let app: TestServer;
  let hook: TestServer;
  beforeAll(async () => {
    app = await startServer((req, res) => {
      // login is down throughout; the homepage answers.
      res.writeHead(req.url === '/login' ? 502 : 200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    hook = await startServer((_req, res) => res.end('ok'));
  });
  afterAll(async () => {
    await app.close();
    await hook.close();
    rmSync(sandbox.root, { recursive: true, force: true });
  });

  test('two scheduled runs: login failing, then down with one alert; homepage up throughout', async () => {
    writeFileSync(join(sandbox.workspace, '.github/release-gate.yml'), `version: 1
environments:
  production: { url: "${app.url}" }
history: { file: .release-gate/history.ndjson }
monitor:
  - { name: homepage, request: GET / }
  - { name: login, request: GET /login }
alerts:
  - webhook: "{{ env.OPS_WEBHOOK }}"
`);
    const env = { GITHUB_EVENT_NAME: 'schedule', OPS_WEBHOOK: `${hook.url}/hook/secret-part`, GITHUB_RUN_ID: '31', GITHUB_SERVER_URL: 'https://github.com' };
    const first = await sandbox.run('monitor', {}, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('::warning file=.github/release-gate.yml,line=7,col=5,title=monitor-path-failing (monitor)::login failed its last check on production (expect.status: expected 2xx, got 502); it is called down if the next check fails too');
    expect(hook.requests).toEqual([]);

    const second = await sandbox.run('monitor', {}, env);
    expect(second.code).toBe(1);
    expect(second.outputs.status).toBe('fail');
    expect(second.stdout).toMatch(/::error file=\.github\/release-gate\.yml,line=7,col=5,title=monitor-path-down \(monitor\)::login is down on production: 2 consecutive checks failed since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(expect\.status: expected 2xx, got 502\); homepage is up/);
    expect(hook.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /hook/secret-part']);
    expect(JSON.parse(hook.requests[0]!.body).text).toContain('Failing: login is down on production');
    expect(second.stdout).toContain('alerts: failure sent to webhook 1 (slack): login is down on production');
    // Only the runner's masking registrations carry it.
    expect(second.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + second.summary).not.toContain('secret-part');
    const history = readFileSync(join(sandbox.workspace, '.release-gate/history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(history.map((r) => r.checks[0].facts.paths.map((p: { name: string; state: string }) => `${p.name} ${p.state}`))).toEqual([['homepage up', 'login failing'], ['homepage up', 'login down']]);
    expect(history[1].alerts.deliveries).toEqual([{ sink: 'webhook 1 (slack)', kind: 'failure', key: 'monitor/production/login', ok: true, attempts: 1, status: 200 }]);
  });
});
