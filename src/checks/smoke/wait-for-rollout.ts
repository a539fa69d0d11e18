import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpClient } from '../../http/client.js';
import { CookieJar } from '../../http/cookie-jar.js';
import type { Templater } from '../../http/templater.js';
import type { Masker } from '../../mask.js';
import { durationMs } from '../../http/duration.js';
import { execute } from './execute.js';
import type { Outcome, Site, WaitResult } from './model.js';
import type { SmokeSection } from './target.js';

export interface WaitOptions {
  client: HttpClient;
  base: URL;
  templater: Templater;
  masker: Masker;
  requestTimeoutMs: number;
  allowedOrigins?: readonly string[];
  signal: AbortSignal;
  site: Site;
  now(): number;
  /** Told every HEARTBEAT_MS of waiting what the wait is for, so a long rollout does not look hung. */
  progress?: (line: string) => void;
  /** Pauses between polls; tests pass a recorder. */
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

/**
 * Polls the readiness request, signed out, until it meets its expectation (e.g. X-App-Version is the
 * deployed sha) or the wait's timeout passes. Pauses double from `interval` up to `max-interval`, so
 * a slow rollout is not hammered and a fast one is not kept waiting.
 */
export const HEARTBEAT_MS = 10_000;

export async function waitForRollout(wait: NonNullable<SmokeSection['wait']>, options: WaitOptions): Promise<WaitResult> {
  const timeoutMs = durationMs(wait.timeout, 5 * 60_000);
  let pause = durationMs(wait.interval, 2_000);
  const maxPause = Math.max(pause, durationMs(wait['max-interval'], 30_000));
  const pauseFor = options.sleep ?? ((ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal }));
  const started = options.now();
  const jar = new CookieJar(options.base.origin, Date.now, (v) => options.masker.add(v));
  let polls = 0;
  let last: Outcome | undefined;
  let beat = started;

  for (;;) {
    polls += 1;
    // Each poll gets the full request timeout, so the last one can still see the release arrive.
    const done = await execute(wait, {
      client: options.client, base: options.base, templater: options.templater, masker: options.masker, jar,
      timeoutMs: options.requestTimeoutMs, signal: options.signal, allowedOrigins: options.allowedOrigins,
      retry: () => ({ retries: 0, mayRepeat: true }), expect: wait.expect,
    });
    const ok = !done.invalid && !done.error && done.failures.length === 0;
    last = {
      phase: 'wait', subject: 'the rollout wait', label: wait.request, site: options.site, status: ok ? 'pass' : 'fail',
      exchange: done.exchange, error: done.error, failures: done.failures, invalid: done.invalid, excerpt: done.excerpt,
    };
    const elapsed = options.now() - started;
    if (ok) return { site: options.site, ready: true, polls, ms: elapsed, timeoutMs };
    // A manifest mistake will not fix itself by waiting.
    if (done.invalid || options.signal.aborted || elapsed >= timeoutMs) break;
    if (options.progress && elapsed - (beat - started) >= HEARTBEAT_MS) {
      beat = options.now();
      const answer = done.exchange ? `answered ${done.exchange.response.status}` : done.error ? 'no answer' : 'not ready';
      options.progress(`smoke: waiting for the rollout: ${wait.request} ${answer} (poll ${polls}, ${Math.round(elapsed / 1000)} s of ${Math.round(timeoutMs / 1000)} s)`);
    }
    try {
      await pauseFor(Math.min(pause, timeoutMs - elapsed), options.signal);
    } catch {
      break;
    }
    pause = Math.min(pause * 2, maxPause);
  }
  return { site: options.site, ready: false, polls, ms: options.now() - started, timeoutMs, last };
}
