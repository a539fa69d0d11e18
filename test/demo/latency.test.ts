import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { startDemoApp, type DemoApp } from '../../src/demo/app.js';

// Each test installs its own shape; the app calls whatever `shape` is at the time of a request.
let shape: (req: IncomingMessage, index: number) => number = () => 0;
const seen: Array<{ index: number; method: string; url: string }> = [];
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({
    latency: (req, index) => {
      seen.push({ index, method: req.method!, url: req.url! });
      return shape(req, index);
    },
  });
});

beforeEach(() => {
  seen.length = 0;
  shape = () => 0;
});

afterAll(async () => {
  expect(app.state.errors).toEqual([]);
  await app.close();
});

/** Starts the requests together and returns their paths in the order their responses completed. */
async function completionOrder(paths: string[]): Promise<string[]> {
  const order: string[] = [];
  await Promise.all(
    paths.map(async (path) => {
      const res = await fetch(`${app.url}${path}`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      order.push(path);
    }),
  );
  return order;
}

describe('latency hook', () => {
  test('is asked once per request, with the request and a running index', async () => {
    const first = app.state.requests;
    await fetch(`${app.url}/healthz?a`).then((r) => r.arrayBuffer());
    await fetch(`${app.url}/assets/app.css`, { method: 'HEAD' }).then((r) => r.arrayBuffer());
    expect(seen).toEqual([
      { index: first, method: 'GET', url: '/healthz?a' },
      { index: first + 1, method: 'HEAD', url: '/assets/app.css' },
    ]);
    expect(app.state.requests).toBe(first + 2);
  });

  test('bimodal: the delayed half completes after the undelayed half', async () => {
    shape = (req) => (/slow/.test(req.url!) ? 600 : 0);
    const paths = Array.from({ length: 10 }, (_, i) => `/healthz?${i % 2 ? 'fast' : 'slow'}=${i}`);
    const order = await completionOrder(paths);
    expect(order.slice(0, 5).every((p) => p.includes('fast'))).toBe(true);
    expect(order.slice(5).every((p) => p.includes('slow'))).toBe(true);
  });

  test('periodic stalls: every fourth request by arrival is held', async () => {
    const first = app.state.requests;
    shape = (_req, index) => ((index - first) % 4 === 3 ? 600 : 0);
    const order = await completionOrder(Array.from({ length: 8 }, (_, i) => `/healthz?n=${i}`));
    const stalled = seen.filter((s) => (s.index - first) % 4 === 3).map((s) => s.url);
    expect(stalled).toHaveLength(2);
    expect(new Set(order.slice(-2))).toEqual(new Set(stalled));
  });

  test('a held request does not block others: twenty requests finish while it waits', async () => {
    shape = (req) => (req.url === '/healthz?held' ? 1000 : 0);
    let finishedWhileHeld = 0;
    let heldDone = false;
    const started = performance.now();
    const held = fetch(`${app.url}/healthz?held`)
      .then((r) => r.arrayBuffer())
      .then(() => {
        heldDone = true;
        return performance.now() - started;
      });
    for (let i = 0; i < 20; i++) {
      await fetch(`${app.url}/healthz`).then((r) => r.arrayBuffer());
      if (!heldDone) finishedWhileHeld++;
    }
    expect(finishedWhileHeld).toBe(20);
    // Only a lower bound: timers may fire late on a busy machine, never (meaningfully) early.
    expect(await held).toBeGreaterThanOrEqual(990);
  });

  test('zero, negative and NaN delays answer at once', async () => {
    const delays = [0, -50, Number.NaN];
    shape = (_req, index) => delays[index % 3]!;
    const statuses = await Promise.all([0, 1, 2].map(() => fetch(`${app.url}/healthz`).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200]);
  });
});
