import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Masker } from '../../src/mask.js';
import { finishRun, type FinishRunOptions } from '../../src/operate/finish-run.js';
import type { Report } from '../../src/types.js';
import { startServer, type TestServer } from '../checks/smoke/harness.js';

// finishRun is what every run does after its checks, in the actions and the CLI: the alerts, then the
// run in the history. These pin what differs by caller: where the run is kept, and the notice a job
// without a history gets, since it can tell no repeat from a new failure.

const failingSmoke: Report = {
  schemaVersion: 1, status: 'fail',
  checks: [{ check: 'smoke', status: 'fail', durationMs: 20, metrics: { environment: 'production' }, findings: [{ ruleId: 'smoke-step-failed', severity: 'error', message: 'step "home" (GET /) answered 502' }] }],
};

let hook: TestServer;
let dir: string;
const logs: string[] = [];

beforeAll(async () => {
  hook = await startServer((_req, res) => void res.writeHead(200).end('ok'));
});
afterAll(async () => {
  await hook.close();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  hook.requests.length = 0;
  logs.length = 0;
});

function options(overrides: Partial<FinishRunOptions>): FinishRunOptions {
  dir = mkdtempSync(join(tmpdir(), 'rg-finish-run-'));
  return {
    report: failingSmoke, manifest: { version: 1, alerts: [{ webhook: '{{ env.HOOK }}', format: 'generic' }] }, cwd: dir,
    env: { HOOK: `${hook.url}/hook`, GITHUB_EVENT_NAME: 'deployment_status' }, now: new Date('2026-12-07T12:00:00Z'), masker: new Masker(), keep: 'configured',
    log: (level, message) => void logs.push(`${level}: ${message}`), ...overrides,
  };
}

const NO_HISTORY = 'notice: alerts: the manifest has no `history`, so no run is kept for the next one to compare with: a check that keeps failing alerts again on every run. Add `history: { branch: release-gate-history }` (with `permissions: contents: write`) to alert once per change of state';

describe('finishRun', () => {
  test('an action run without a history alerts, keeps nothing, and says why the next run will alert again', async () => {
    const finished = await finishRun(options({}));
    expect(hook.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /hook']);
    expect(finished.alerts?.deliveries.map((d) => [d.sink, d.kind, d.ok])).toEqual([['webhook 1 (generic)', 'failure', true]]);
    expect(existsSync(join(dir, '.release-gate/history.ndjson'))).toBe(false);
    expect(logs).toEqual(['info: alerts: failure sent to webhook 1 (generic): the smoke check failed on production', NO_HISTORY]);
  });

  test('a CLI post-deploy run without a history section is kept in the default file, as a post-deploy run of the deployment\'s sha, with its deliveries', async () => {
    const finished = await finishRun(options({ keep: 'always', kind: 'post-deploy', commit: 'abc1234', env: { HOOK: `${hook.url}/hook` } }));
    expect(finished.trends).toMatch(/^## Trends/);
    const [record] = readFileSync(join(dir, '.release-gate/history.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(record).toMatchObject({ v: 1, kind: 'post-deploy', commit: 'abc1234', environment: 'production', status: 'fail', time: '2026-12-07T12:00:00.000Z' });
    expect(record.alerts).toEqual({ sinks: ['webhook 1 (generic)'], deliveries: [{ sink: 'webhook 1 (generic)', kind: 'failure', key: 'check/production/smoke', ok: true, attempts: 1, status: 200 }] });
    expect(logs).toEqual(['info: alerts: failure sent to webhook 1 (generic): the smoke check failed on production', 'info: history: the run was added to .release-gate/history.ndjson (1 runs)']);
  });

  test('keep: never alerts only; a pull request neither alerts nor gets the notice', async () => {
    await finishRun(options({ keep: 'never' }));
    expect(hook.requests).toHaveLength(1);
    expect(existsSync(join(dir, '.release-gate/history.ndjson'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
    logs.length = 0;
    await finishRun(options({ env: { HOOK: `${hook.url}/hook`, GITHUB_EVENT_NAME: 'pull_request' } }));
    expect(hook.requests).toHaveLength(1);
    expect(logs).toEqual([]);
  });
});
