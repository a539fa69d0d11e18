import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { HttpClient } from '../../http/client.js';
import { CookieJar } from '../../http/cookie-jar.js';
import { statusMatches, type StatusSpec } from '../../http/expectations.js';
import { isIdempotent, isWrite, type Method } from '../../http/request-line.js';
import { declaredOrigins } from '../../http/origin-guard.js';
import { signIn, type SessionDefinition, type SignInFailure, type SignInResult } from '../../http/session.js';
import { Templater } from '../../http/templater.js';
import type { ManifestPath } from '../../manifest/load.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../check.js';
import { durationMs, formatDuration } from '../../http/duration.js';
import { execute, type Executed } from './execute.js';
import { bodyExcerpt } from './excerpt.js';
import type { Outcome, Site, SmokeRun } from './model.js';
import { resolveTarget, runMarker, type SmokeSection, type Target } from './target.js';
import { unsetEnvMessage, unsetEnvRefs } from './unset-env.js';
import { waitForRollout } from './wait-for-rollout.js';

type Step = SmokeSection['steps'][number];

const DEFAULTS = { timeoutMs: 10_000, deadlineMs: 120_000, retries: 2 };
/** A cleanup's deadline once the run was interrupted: the runner kills the job a few seconds after cancelling. */
const CLEANUP_AFTER_INTERRUPT_MS = 5_000;
/** Paths that mean "sign in first": a signed-in step that lands on one has lost its session. */
const LOGIN_PATH = /\/(log-?in|sign-?in|sign_in|auth)(\/|$|\?)/i;

/**
 * Runs the smoke section: waits for the rollout, signs sessions in as steps need them, runs the steps
 * in order (a step whose captures or session failed is skipped, the others still run), then every
 * cleanup in reverse order. Returns what happened; the rules decide what it means.
 */
export async function runSmoke(ctx: CheckContext, section: SmokeSection): Promise<{ run: SmokeRun; target?: Target }> {
  const file = ctx.manifest.file;
  const site = (path: ManifestPath): Site => {
    const at = ctx.manifest.locate(path) ?? ctx.manifest.locate(path.slice(0, -1));
    return { file, line: at?.line, column: at?.column };
  };
  const marker = runMarker(ctx.env);
  const run: SmokeRun = { file, outcomes: [], marker };

  const resolution = await resolveTarget(ctx, section);
  if (resolution.kind === 'skip') {
    run.deploymentSkipped = { site: site(['smoke']), deployment: resolution.deployment };
    return { run };
  }
  if (resolution.kind === 'problem') {
    run.setupProblem = { site: site(resolution.path), message: resolution.message, rule: 'smoke-no-target' };
    return { run };
  }
  const target = resolution.target;
  const base = target.base;
  // A missing secret is found before anything is sent, not after a five-minute rollout wait.
  const unset = unsetEnvRefs(section, ctx.manifest.data.sessions ?? {}, ctx.env);
  if (unset) {
    run.setupProblem = { site: site(unset.path), message: unsetEnvMessage(unset), rule: 'smoke-invalid-request' };
    return { run, target };
  }
  const allowedOrigins = declaredOrigins(ctx.manifest.data.environments, base);

  let ca: string | undefined;
  if (section['ca-file']) {
    const path = section['ca-file'];
    try {
      ca = await readFile(isAbsolute(path) ? path : resolve(ctx.cwd, path), 'utf8');
    } catch (error) {
      run.setupProblem = { site: site(['smoke', 'ca-file']), message: `ca-file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, rule: 'smoke-invalid-request' };
      return { run, target };
    }
  }

  const client = new HttpClient({ ca, userAgent: `release-gate/${VERSION} (smoke; ${marker})` });
  const deadlineMs = durationMs(section.deadline, DEFAULTS.deadlineMs);
  let timer: NodeJS.Timeout | undefined;
  try {
    const builtins = new Map<string, string>([['run_marker', marker]]);
    const sha = target.deployment?.sha ?? ctx.env.GITHUB_SHA;
    if (sha) builtins.set('deployment_sha', sha);
    const templater = new Templater(ctx.env, builtins, ctx.masker);
    const timeoutMs = durationMs(section.timeout, DEFAULTS.timeoutMs);
    const retries = section.retries ?? DEFAULTS.retries;

    if (section.wait) {
      run.wait = await waitForRollout(section.wait, {
        client, base, templater, masker: ctx.masker, requestTimeoutMs: timeoutMs, allowedOrigins, signal: ctx.signal, site: site(['smoke', 'wait']), now: () => ctx.now().getTime(),
        progress: ctx.progress,
      });
    }

    // The deadline covers the steps; the wait has its own timeout and cleanups their own timeouts.
    const deadline = new AbortController();
    const deadlineReason = `the smoke deadline of ${formatDuration(deadlineMs)} passed`;
    timer = setTimeout(() => deadline.abort(new Error(deadlineReason)), deadlineMs);
    timer.unref();
    const stepSignal = AbortSignal.any([ctx.signal, deadline.signal]);
    const deadlineSite = site(['smoke', ...(section.deadline !== undefined ? ['deadline'] : [])]);
    const noteDeadline = () => {
      // The gate's own deadline or an interrupt stops the steps too, and must fail the check as well.
      run.deadline ??= { site: deadlineSite, reason: ctx.signal.aborted ? reasonText(ctx.signal.reason) : deadlineReason, notRun: 0 };
    };

    const sessionDefs = ctx.manifest.data.sessions ?? {};
    const firstSession = Object.keys(sessionDefs)[0];
    const sessions = new Map<string, SignInResult>();
    const anonymousJar = new CookieJar(base.origin, Date.now, (v) => ctx.masker.add(v));
    const stepCaptures = new Map<string, string>();
    const definedBy = new Map<string, number>();
    const stepOutcomes: Outcome[] = [];
    const executed: (Executed | undefined)[] = [];
    let stopAll: string | undefined = run.wait && !run.wait.ready ? 'the rollout did not become ready' : undefined;

    const signInOnce = async (name: string): Promise<SignInResult> => {
      const known = sessions.get(name);
      if (known) return known;
      const result = await signIn(name, sessionDefs[name]!, { client, base, templater, masker: ctx.masker, timeoutMs, signal: stepSignal, retries, allowedOrigins });
      sessions.set(name, result);
      if (!result.ok) {
        run.outcomes.push(loginOutcome(result.failure, sessionDefs[name]!, site, ctx));
        if (result.failure.error && isConnectionFailure(result.failure.error.kind)) stopAll ??= `${base.host} is unreachable`;
        if (result.failure.error?.kind === 'deadline') noteDeadline();
      }
      return result;
    };

    for (const [i, step] of section.steps.entries()) {
      const sessionName = step.anonymous ? undefined : step.session ?? firstSession;
      const outcome: Outcome = {
        phase: 'step', subject: stepSubject(step, i), label: step.request, site: site(['smoke', 'steps', i]), status: 'skipped', session: sessionName, failures: [],
        expectsDenial: expectsDenial(step.expect?.status),
      };
      stepOutcomes.push(outcome);
      executed.push(undefined);
      const blocker = failedDependency(step, i, definedBy, stepOutcomes);
      for (const name of Object.keys(step.capture ?? {})) definedBy.set(name, i);

      if (stepSignal.aborted) {
        outcome.skippedBecause = ctx.signal.aborted ? `the run was stopped (${reasonText(ctx.signal.reason)})` : `the deadline of ${formatDuration(deadlineMs)} had passed`;
        noteDeadline();
        if (run.deadline) run.deadline.notRun += 1;
      } else if (stopAll) {
        outcome.skippedBecause = stopAll;
      } else if (blocker) {
        outcome.skippedBecause = blocker;
      }
      if (outcome.skippedBecause) {
        run.outcomes.push(outcome);
        continue;
      }

      let session;
      if (sessionName) {
        const signed = await signInOnce(sessionName);
        if (!signed.ok) {
          outcome.skippedBecause = `session "${sessionName}" could not sign in`;
          run.outcomes.push(outcome);
          continue;
        }
        session = signed.session;
      }

      const done = await execute(step, {
        client, base, templater: templater.with(new Map([...builtins, ...(session?.captures ?? []), ...stepCaptures])), masker: ctx.masker,
        jar: session?.jar ?? anonymousJar, sessionHeaders: session?.headers,
        timeoutMs: durationMs(step.timeout, timeoutMs), signal: stepSignal, followRedirects: step['follow-redirects'] ?? true, allowedOrigins,
        retry: (method) => retryPolicy(method, step.retries, retries),
        extraHeaders: (method) => writeHeaders(method, marker, `step-${i + 1}`),
        expect: step.expect, capture: step.capture,
      });
      executed[i] = done;
      for (const [name, value] of done.captured) stepCaptures.set(name, value);
      Object.assign(outcome, {
        status: done.invalid || done.error || done.failures.length ? 'fail' : 'pass',
        exchange: done.exchange, error: done.error, invalid: done.invalid, failures: done.failures, excerpt: done.excerpt,
        landedOnLogin: done.exchange ? landedOnLogin(done.exchange.url, done.exchange.response.url, done.exchange.redirects.map((h) => h.location)) : false,
      } satisfies Partial<Outcome>);
      run.outcomes.push(outcome);
      if (done.error?.kind === 'deadline') noteDeadline();
      if (done.error && isConnectionFailure(done.error.kind)) stopAll = `${base.host} is unreachable`;
    }

    // Cleanups: after every step, last first, whatever happened; each with its own timeout.
    for (let i = section.steps.length - 1; i >= 0; i--) {
      const step = section.steps[i]!;
      if (step.cleanup === undefined) continue;
      const cleanup = typeof step.cleanup === 'string' ? { request: step.cleanup } : step.cleanup;
      const stepOutcome = stepOutcomes[i]!;
      const done = executed[i];
      const outcome: Outcome = {
        phase: 'cleanup', subject: `the cleanup of ${stepOutcome.subject}`, label: cleanup.request, site: site(['smoke', 'steps', i, 'cleanup']),
        status: 'skipped', failures: [], session: stepOutcome.session,
      };
      run.outcomes.push(outcome);
      if (!done || !mayHaveWritten(done)) {
        outcome.skippedBecause = 'the step changed nothing';
        continue;
      }
      const signed = stepOutcome.session ? sessions.get(stepOutcome.session) : undefined;
      const session = signed?.ok ? signed.session : undefined;
      const captures = new Map([...builtins, ...(session?.captures ?? []), ...stepCaptures]);
      outcome.leftover = `whatever ${stepOutcome.subject} (${step.request}) created${describeCaptures(step, stepCaptures)}; its request carried Idempotency-Key ${marker}-step-${i + 1}`;
      const missing = [...Templater.capturesIn(cleanup)].filter((n) => !captures.has(n));
      if (missing.length) {
        Object.assign(outcome, { status: 'fail', invalid: `${missing.map((n) => `{{ ${n} }}`).join(', ')} was not captured, so it could not run` });
        continue;
      }
      // A cleanup runs even after an interrupt, on its own deadline (short once interrupted), not the run's signal.
      const interrupted = ctx.signal.aborted;
      const result = await execute(cleanup, {
        client, base, templater: templater.with(captures), masker: ctx.masker,
        jar: session?.jar ?? anonymousJar, sessionHeaders: session?.headers,
        timeoutMs: interrupted ? Math.min(durationMs(step.timeout, timeoutMs), CLEANUP_AFTER_INTERRUPT_MS) : durationMs(step.timeout, timeoutMs), allowedOrigins,
        retry: (method) => (interrupted ? { retries: 0, mayRepeat: false } : retryPolicy(method, undefined, retries)),
        extraHeaders: (method) => writeHeaders(method, marker, `cleanup-${i + 1}`),
        expect: 'expect' in cleanup ? cleanup.expect : undefined,
      });
      Object.assign(outcome, {
        status: result.invalid || result.error || result.failures.length ? 'fail' : 'pass',
        exchange: result.exchange, error: result.error, invalid: result.invalid, failures: result.failures, excerpt: result.excerpt,
      } satisfies Partial<Outcome>);
    }
  } finally {
    clearTimeout(timer);
    await client.close();
  }
  return { run, target };
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'interrupted';
}

function stepSubject(step: Step, index: number): string {
  return step.name ? `step "${step.name}"` : `step ${index + 1}`;
}

function loginOutcome(f: SignInFailure, definition: SessionDefinition, site: (path: ManifestPath) => Site, ctx: CheckContext): Outcome {
  const spec = f.phase === 'login-page' ? definition['login-page'] : definition.login;
  const subject = f.phase === 'login-page' ? `the login page of session "${f.session}"` : f.phase === 'headers' ? `the headers of session "${f.session}"` : `the sign-in of session "${f.session}"`;
  return {
    phase: f.phase === 'login-page' ? 'login-page' : 'login', session: f.session, status: 'fail', subject,
    label: f.phase === 'headers' ? `sessions.${f.session}.headers` : spec!.request,
    site: site(['sessions', f.session, f.phase]),
    exchange: f.exchange, error: f.error, invalid: f.kind === 'invalid' ? f.message : undefined,
    failures: (f.failures ?? []).map((x) => ('expectation' in x ? { message: `expect.${x.expectation}: ${x.message}` } : { message: x.message })),
    excerpt: f.exchange ? bodyExcerpt(f.exchange.response, ctx.masker) : undefined,
  };
}

/** A step that uses a capture of an earlier step that did not pass is skipped, naming that step. */
function failedDependency(step: Step, index: number, definedBy: Map<string, number>, steps: Outcome[]): string | undefined {
  const used = Templater.capturesIn([step.request, step.headers, step.json, step.form, step.body, step.expect]);
  for (const name of used) {
    const by = definedBy.get(name);
    if (by === undefined || by >= index) continue;
    const earlier = steps[by];
    if (earlier && earlier.status !== 'pass') return `it uses {{ ${name} }} from ${earlier.subject}, which ${earlier.status === 'skipped' ? 'was skipped' : 'failed'}`;
  }
  return undefined;
}

/**
 * Retries only what is safe to repeat. POST and PATCH are not retried unless the step sets `retries`,
 * which says the server honours the Idempotency-Key every attempt repeats.
 */
function retryPolicy(method: Method, stepRetries: number | undefined, defaultRetries: number) {
  if (stepRetries !== undefined) return { retries: stepRetries, mayRepeat: true };
  return isIdempotent(method) ? { retries: defaultRetries, mayRepeat: true } : { retries: defaultRetries, mayRepeat: false };
}

function writeHeaders(method: Method, marker: string, what: string): Record<string, string> {
  return isWrite(method) ? { 'idempotency-key': `${marker}-${what}`, 'x-release-gate-run': marker } : {};
}

function expectsDenial(status: StatusSpec | undefined): boolean {
  if (status === undefined) return false;
  const list = Array.isArray(status) ? status : [status];
  // 404 is left out: "expect 404" usually checks that something was deleted, not a role.
  return list.every((s) => s === 401 || s === 403);
}

function landedOnLogin(requested: URL, final: URL, locations: (string | undefined)[]): boolean {
  if (LOGIN_PATH.test(requested.pathname)) return false;
  return LOGIN_PATH.test(final.pathname) || locations.some((l) => l !== undefined && LOGIN_PATH.test(l));
}

function isConnectionFailure(kind: string): boolean {
  return kind === 'refused' || kind === 'dns' || kind === 'tls' || kind === 'connect-timeout';
}

/** Did the step's request possibly change something on the server? */
function mayHaveWritten(done: Executed): boolean {
  if (done.invalid || !done.method || !isWrite(done.method)) return false;
  if (done.error) return !done.error.nothingSent && done.error.kind !== 'tls';
  const status = done.exchange!.response.status;
  return statusMatches(status, ['2xx', '3xx']);
}

function describeCaptures(step: Step, captures: Map<string, string>): string {
  const parts = Object.keys(step.capture ?? {}).filter((n) => captures.has(n)).map((n) => `${n} ${captures.get(n)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
