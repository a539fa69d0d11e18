import type { CheckContext } from '../checks/check.js';
import { execute } from '../checks/smoke/execute.js';
import { resolveTarget, runMarker, type SmokeSection, type Target } from '../checks/smoke/target.js';
import { HttpClient } from '../http/client.js';
import { CookieJar } from '../http/cookie-jar.js';
import { durationMs } from '../http/duration.js';
import { declaredOrigins } from '../http/origin-guard.js';
import { signIn, type SignedInSession } from '../http/session.js';
import { Templater } from '../http/templater.js';
import type { Duration, Expect, Probe } from '../manifest/types.js';
import type { ManifestPath } from '../manifest/load.js';
import { VERSION } from '../version.js';

/**
 * One user path probed on its own, for watch and monitor: a request (signed in when the probe names a
 * session), or a session's sign-in itself. Sent with smoke's client: capped bodies, credentials only
 * to the origin, redirects only to origins the manifest declares.
 */
export interface ProbeDefinition {
  name: string;
  /** "GET /login"; undefined when the probe is the session's sign-in. */
  request?: string;
  session?: string;
  headers?: Probe['headers'];
  expect?: Expect;
  timeoutMs: number;
  /** Where the probe is written, for findings. */
  path: ManifestPath;
}

export interface ProbeResult {
  name: string;
  ok: boolean;
  /** The final response's status; undefined when none came. */
  status?: number;
  ms: number;
  /** Why it failed, masked: "502", "connection refused by ...", "expect.body-contains: ...". */
  failure?: string;
  /** When it was sent (ctx.now()). */
  time: string;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;
/** A plain path ("/login") fails only on no response or a 5xx: a redirect to sign in or a 404 is the app answering. */
const ANSWERED: Expect = { status: ['1xx', '2xx', '3xx', '4xx'] };

/** A manifest entry ("/login", "HEAD /health" or a probe map) as a probe. */
export function probeDefinition(item: string | Probe, path: ManifestPath, defaultTimeout: Duration | undefined): ProbeDefinition {
  const timeoutMs = durationMs(defaultTimeout, DEFAULT_PROBE_TIMEOUT_MS);
  if (typeof item === 'string') {
    const request = /^(GET|HEAD) /.test(item) ? item : `GET ${item}`;
    return { name: item, request, expect: ANSWERED, timeoutMs, path };
  }
  return {
    name: item.name,
    ...(item.request ? { request: item.request } : {}),
    ...(item.session ? { session: item.session } : {}),
    ...(item.headers ? { headers: item.headers } : {}),
    ...(item.expect ? { expect: item.expect } : {}),
    timeoutMs: durationMs(item.timeout, timeoutMs),
    path,
  };
}

/** The problem with a set of probes before anything is sent (an unknown session, a probe with nothing to do), or undefined. */
export function probeProblem(ctx: CheckContext, probes: readonly ProbeDefinition[]): { message: string; path: ManifestPath } | undefined {
  const sessions = ctx.manifest.data.sessions ?? {};
  const names = new Set<string>();
  for (const p of probes) {
    if (names.has(p.name)) return { message: `two probes are named "${p.name}": each needs its own name, which the history and alerts key on`, path: p.path };
    names.add(p.name);
    if (p.session !== undefined && !(p.session in sessions)) {
      const known = Object.keys(sessions);
      return { message: `probe "${p.name}" names session "${p.session}", which sessions does not define${known.length ? ` (defined: ${known.join(', ')})` : ''}`, path: [...p.path, 'session'] };
    }
    if (!p.request && !p.session) return { message: `probe "${p.name}" has neither a request nor a session to sign in`, path: p.path };
  }
  return undefined;
}

export type ProbeTarget = { target: Target } | { problem: string; path: ManifestPath };

/** The URL to probe, chosen as smoke chooses it: the url input, the deployed URL on deployment_status, else the environment's url. */
export async function probeTarget(ctx: CheckContext, section: string, environment: string | undefined): Promise<ProbeTarget> {
  const resolution = await resolveTarget(ctx, { environment, steps: [] } as unknown as SmokeSection);
  if (resolution.kind === 'target') return { target: resolution.target };
  if (resolution.kind === 'skip') return { problem: `the deployment is in state "${resolution.deployment.state}", not success: nothing to probe`, path: [section] };
  return { problem: resolution.message.replace(/smoke\.environment/g, `${section}.environment`), path: [section, ...resolution.path.slice(1)] };
}

/**
 * Sends probes against one target, keeping each session signed in between rounds as a user stays
 * signed in; a session whose probe failed signs in again next time.
 */
export class Prober {
  private readonly client: HttpClient;
  private readonly templater: Templater;
  private readonly sessions = new Map<string, SignedInSession>();
  private readonly allowedOrigins: string[];

  constructor(private readonly ctx: CheckContext, private readonly base: URL, purpose: string, ca?: string) {
    const marker = runMarker(ctx.env);
    this.client = new HttpClient({ ...(ca ? { ca } : {}), userAgent: `release-gate/${VERSION} (${purpose}; ${marker})` });
    this.templater = new Templater(ctx.env, new Map([['run_marker', marker]]), ctx.masker);
    this.allowedOrigins = declaredOrigins(ctx.manifest.data.environments, base);
  }

  async probe(p: ProbeDefinition, signal: AbortSignal): Promise<ProbeResult> {
    return (await this.send(p, signal)).result;
  }

  /** A JSON document from the origin (watch's `source`), or why it could not be read. */
  async readJson(request: string, session: string | undefined, timeoutMs: number, signal: AbortSignal): Promise<{ value: unknown } | { failure: string }> {
    const { result, body } = await this.send({ name: request, request, ...(session ? { session } : {}), timeoutMs, path: [] }, signal);
    if (!result.ok) return { failure: result.failure ?? `status ${result.status}` };
    try {
      return { value: JSON.parse(body ?? '') };
    } catch {
      return { failure: `the response of ${request} is not JSON` };
    }
  }

  private async send(p: ProbeDefinition, signal: AbortSignal): Promise<{ result: ProbeResult; body?: string }> {
    const time = this.ctx.now().toISOString();
    const mask = (text: string) => this.ctx.masker.mask(text);
    const definitions = this.ctx.manifest.data.sessions ?? {};
    let session: SignedInSession | undefined;
    let signInMs = 0;
    if (p.session) {
      // A sign-in probe signs in every time: that is what it tests.
      session = p.request ? this.sessions.get(p.session) : undefined;
      if (!session) {
        const result = await signIn(p.session, definitions[p.session]!, {
          client: this.client, base: this.base, templater: this.templater, masker: this.ctx.masker, timeoutMs: p.timeoutMs, signal, retries: 0, allowedOrigins: this.allowedOrigins,
        });
        signInMs = result.exchanges.reduce((sum, e) => sum + e.ms, 0) + (result.ok ? 0 : result.failure.error?.ms ?? 0);
        if (!result.ok) {
          const status = result.failure.exchange?.response.status;
          return { result: { name: p.name, ok: false, ...(status !== undefined ? { status } : {}), ms: signInMs, failure: mask(`the sign-in of session "${p.session}" failed: ${result.failure.message}`), time } };
        }
        session = result.session;
        if (!p.request) {
          const status = result.exchanges.at(-1)?.response.status;
          return { result: { name: p.name, ok: true, ...(status !== undefined ? { status } : {}), ms: signInMs, time } };
        }
        this.sessions.set(p.session, session);
      }
    }
    const executed = await execute({ request: p.request!, ...(p.headers ? { headers: p.headers } : {}) }, {
      client: this.client, base: this.base,
      templater: this.templater.with(new Map([...this.templater.captures, ...(session?.captures ?? [])])),
      masker: this.ctx.masker,
      jar: session?.jar ?? new CookieJar(this.base.origin, Date.now, (v) => this.ctx.masker.add(v)),
      sessionHeaders: session?.headers,
      timeoutMs: p.timeoutMs, signal, allowedOrigins: this.allowedOrigins,
      retry: () => ({ retries: 0, mayRepeat: false }),
      expect: p.expect,
    });
    const status = executed.exchange?.response.status;
    const ms = signInMs + (executed.exchange?.ms ?? executed.error?.ms ?? 0);
    const failure = executed.invalid ?? executed.error?.message ?? (executed.failures.length ? executed.failures.map((f) => f.message).join('; ') : undefined);
    if (failure !== undefined && p.session) this.sessions.delete(p.session);
    return {
      result: { name: p.name, ok: failure === undefined, ...(status !== undefined ? { status } : {}), ms, ...(failure !== undefined ? { failure: mask(failure) } : {}), time },
      body: executed.exchange?.response.body,
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Nearest-rank percentile of unsorted values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
