import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { HttpClient } from '../../../src/http/client.js';
import { Templater } from '../../../src/http/templater.js';
import { waitForRollout } from '../../../src/checks/smoke/wait-for-rollout.js';
import { Masker } from '../../../src/mask.js';
import { json, startServer, type TestServer } from './harness.js';

describe('waitForRollout', () => {
  let server: TestServer;
  let readyAfter = 0;
  const client = new HttpClient();
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      readyAfter -= 1;
      json(res, 200, {}, { 'x-app-version': readyAfter < 0 ? 'new' : 'old' });
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  function run(polls: number, timeout: string, clock: { now: number }, progress?: (line: string) => void) {
    readyAfter = polls - 1;
    const pauses: number[] = [];
    const result = waitForRollout(
      { request: 'GET /healthz', expect: { headers: { 'x-app-version': '^new$' } }, interval: '1s', 'max-interval': '4s', timeout },
      {
        client, base: new URL(server.url), templater: new Templater({}, new Map(), new Masker()), masker: new Masker(),
        requestTimeoutMs: 5_000, signal: new AbortController().signal, site: { file: 'm.yml', line: 3, column: 5 },
        now: () => clock.now,
        progress,
        // A fake pause: it only moves the clock, so the backoff is visible without waiting for it.
        sleep: async (ms) => {
          pauses.push(ms);
          clock.now += ms;
        },
      },
    );
    return { result, pauses };
  }

  test('pauses double from interval up to max-interval until the new release answers', async () => {
    const { result, pauses } = run(6, '5m', { now: 0 });
    expect(await result).toMatchObject({ ready: true, polls: 6, ms: 15_000 });
    expect(pauses).toEqual([1_000, 2_000, 4_000, 4_000, 4_000]);
  });

  test('says every 10 s what it is waiting for, so a slow rollout does not look hung', async () => {
    const lines: string[] = [];
    const { result } = run(10, '5m', { now: 0 }, (line) => lines.push(line));
    expect(await result).toMatchObject({ ready: true, polls: 10, ms: 31_000 });
    expect(lines).toEqual([
      'smoke: waiting for the rollout: GET /healthz answered 200 (poll 5, 11 s of 300 s)',
      'smoke: waiting for the rollout: GET /healthz answered 200 (poll 8, 23 s of 300 s)',
    ]);
  });

  test('gives up at the timeout, cutting the last pause short, and keeps the last poll', async () => {
    const { result, pauses } = run(100, '10s', { now: 0 });
    const waited = await result;
    expect(pauses).toEqual([1_000, 2_000, 4_000, 3_000]);
    expect(waited).toMatchObject({ ready: false, polls: 5, ms: 10_000, timeoutMs: 10_000 });
    expect(waited.last?.failures).toEqual([{ expectation: 'headers', message: 'expect.headers: header x-app-version is "old", which does not match ^new$' }]);
  });
});
