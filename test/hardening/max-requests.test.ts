import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { cli, recorder, workspace, type Recorder } from './harness.js';

/**
 * `max-requests: N` sends at most N requests in all: warmup and the untimed request that opens the
 * connection included. It once sent N+1. Counted where it matters, on the server.
 */

// Timed load on a shared machine: a late event loop can move a request across the end of the run.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

let app: Recorder;
beforeAll(async () => {
  app = await recorder();
});
afterAll(() => app.close());

async function run(latency: string): Promise<{ code: number; arrivals: number; stdout: string }> {
  const ws = workspace({
    '.github/release-gate.yml': `version: 1
environments:
  production:
    url: ${app.url}
latency:
${latency}
  endpoints:
    - { request: GET /api/tasks, p95: 5s }
`,
  });
  const before = app.requests.length;
  try {
    const result = await cli(['latency', '--format', 'json'], ws.dir);
    return { code: result.code, arrivals: app.requests.length - before, stdout: result.stdout };
  } finally {
    ws.remove();
  }
}

describe('max-requests is a ceiling on everything sent', () => {
  test('a schedule that fills the budget is sent without the untimed first request: exactly N arrive', async () => {
    const { arrivals, stdout } = await run('  rate: 40\n  duration: 1s\n  max-requests: 20');
    expect(arrivals).toBe(20);
    const check = JSON.parse(stdout).checks[0];
    expect(check.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('latency-capped');
  });

  test('warmup counts against it too', async () => {
    const { arrivals } = await run('  rate: 20\n  warmup: 1s\n  duration: 1s\n  max-requests: 30');
    expect(arrivals).toBe(30);
  });

  test('below the budget the untimed first request still goes out, and the total stays within it', async () => {
    const { arrivals } = await run('  rate: 20\n  duration: 1s\n  max-requests: 21');
    expect(arrivals).toBe(21);
  });
});
