import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { TransportError, type HttpExchange, type TransportFailureKind } from '../../../src/http/client.js';
import type { Outcome, SmokeRun } from '../../../src/checks/smoke/model.js';
import { SMOKE_RULES } from '../../../src/checks/smoke/rules/index.js';
import { runRules } from '../../../src/rules/registry.js';

const FILE = '.github/release-gate.yml';
const URL_ = new URL('https://ops.example.com/dashboard');

function exchange(status: number, options: { finalPath?: string; redirects?: string[] } = {}): HttpExchange {
  const final = new URL(options.finalPath ?? '/dashboard', URL_);
  return {
    method: 'GET', url: URL_, ms: 12,
    redirects: (options.redirects ?? []).map((location) => ({ method: 'GET' as const, url: URL_, status: 302, location })),
    response: { status, url: final, headers: {}, setCookie: [], body: '', truncated: false },
  };
}

const failure = (kind: TransportFailureKind) => new TransportError(kind, `${kind} happened`, URL_, 5);

function step(over: Partial<Outcome>): Outcome {
  return { phase: 'step', subject: 'step "s"', label: 'GET /dashboard', site: { file: FILE, line: 30, column: 7 }, status: 'fail', session: 'ops', failures: [{ message: 'expect.status: expected 200, got 500' }], ...over };
}

const run = (outcomes: Outcome[], extra: Partial<SmokeRun> = {}): SmokeRun => ({ file: FILE, outcomes, marker: 'release-gate-1-1', ...extra });

describe('which rule an outcome is reported under', () => {
  test.each<[string, SmokeRun, string[]]>([
    ['a passing step', run([step({ status: 'pass', failures: [], exchange: exchange(200) })]), []],
    ['wrong content', run([step({ exchange: exchange(200) })]), ['smoke-step-failed 30:7']],
    ['a 500', run([step({ exchange: exchange(500) })]), ['smoke-step-failed 30:7']],
    ['a denial step let in', run([step({ expectsDenial: true, exchange: exchange(200) })]), ['smoke-access-not-denied 30:7']],
    ['a denial step answered 500', run([step({ expectsDenial: true, exchange: exchange(500) })]), ['smoke-step-failed 30:7']],
    ['a denial step sent to the sign-in page', run([step({ expectsDenial: true, exchange: exchange(200, { finalPath: '/login' }), landedOnLogin: true })]), ['smoke-step-failed 30:7']],
    ['a signed-in step redirected to the sign-in page', run([step({ exchange: exchange(200, { redirects: ['/login'] }), landedOnLogin: true })]), ['smoke-session-lost 30:7']],
    ['a signed-in step answered 401', run([step({ exchange: exchange(401) })]), ['smoke-session-lost 30:7']],
    ['a signed-out step answered 401', run([step({ session: undefined, exchange: exchange(401) })]), ['smoke-step-failed 30:7']],
    ['refused', run([step({ error: failure('refused'), failures: [] })]), ['smoke-unreachable 30:7']],
    ['DNS', run([step({ error: failure('dns'), failures: [] })]), ['smoke-unreachable 30:7']],
    ['reset', run([step({ error: failure('reset'), failures: [] })]), ['smoke-unreachable 30:7']],
    ['TLS', run([step({ error: failure('tls'), failures: [] })]), ['smoke-tls-error 30:7']],
    ['a timeout', run([step({ error: failure('timeout'), failures: [] })]), ['smoke-timeout 30:7']],
    ['an invalid step', run([step({ invalid: 'no', failures: [] })]), ['smoke-invalid-request 30:7']],
    ['a skipped step', run([step({ status: 'skipped', failures: [], skippedBecause: 'x' })]), ['smoke-skipped-after-failure 30:7']],
    ['a failed sign-in', run([step({ phase: 'login', site: { file: FILE, line: 8, column: 7 }, exchange: exchange(500) })]), ['smoke-login-failed 8:7']],
    ['a sign-in that cannot connect', run([step({ phase: 'login', site: { file: FILE, line: 8, column: 7 }, error: failure('refused'), failures: [] })]), ['smoke-unreachable 8:7']],
    ['a failed cleanup of any kind', run([
      step({ phase: 'cleanup', site: { file: FILE, line: 35, column: 16 }, exchange: exchange(404), leftover: 'task 7' }),
      step({ phase: 'cleanup', site: { file: FILE, line: 40, column: 16 }, error: failure('timeout'), failures: [] }),
      step({ phase: 'cleanup', site: { file: FILE, line: 45, column: 16 }, invalid: 'not captured', failures: [] }),
    ]), ['smoke-cleanup-failed 35:16', 'smoke-cleanup-failed 40:16', 'smoke-cleanup-failed 45:16']],
    ['the deadline, with steps not run', run([], { deadline: { site: { file: FILE, line: 25, column: 13 }, reason: 'the smoke deadline of 1s passed', notRun: 2 } }), ['smoke-timeout 25:13']],
    ['no target', run([], { setupProblem: { site: { file: FILE, line: 24, column: 3 }, message: 'x', rule: 'smoke-no-target' } }), ['smoke-no-target 24:3']],
    ['a deployment that failed', run([], { deploymentSkipped: { site: { file: FILE, line: 24, column: 3 }, deployment: { state: 'failure' } } }), ['smoke-deployment-skipped 24:3']],
    ['a rollout that never came', run([], { wait: { site: { file: FILE, line: 26, column: 5 }, ready: false, polls: 3, ms: 100, timeoutMs: 100 } }), ['smoke-rollout-timeout 26:5']],
  ])('%s', (_name, input, expected) => {
    expect(runRules(SMOKE_RULES, input).map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(expected);
  });
});

describe('every smoke rule', () => {
  test.each(SMOKE_RULES.map((r) => [r.meta.id, r.meta] as const))('%s has a docs page with the unsafe and the safe form', (id, meta) => {
    expect(meta.check).toBe('smoke');
    const path = `docs/rules/${id}.md`;
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page).toMatch(new RegExp(`^# ${id}\\n`));
    expect(page).toContain('## Why it hurts');
    expect(readFileSync('docs/checks/smoke.md', 'utf8')).toContain(`(../rules/${id}.md)`);
  });
});
