import type { HttpExchange, TransportError } from '../../http/client.js';

/** Where in the manifest an outcome belongs: findings annotate this line. */
export interface Site {
  file: string;
  line?: number;
  column?: number;
}

export type OutcomePhase = 'wait' | 'login-page' | 'login' | 'step' | 'cleanup';

/** What happened to one request the check made, or would have made. */
export interface Outcome {
  phase: OutcomePhase;
  /** How findings name it: `step "dashboard"`, `the sign-in of session "admin"`, ... */
  subject: string;
  /** The request line as written in the manifest (templates unexpanded, so no value leaks). */
  label: string;
  site: Site;
  status: 'pass' | 'fail' | 'skipped';
  /** The session it ran in; undefined when signed out. */
  session?: string;
  exchange?: HttpExchange;
  error?: TransportError;
  /** Unmet expectations and captures that found nothing. */
  failures: { message: string }[];
  /** The manifest entry could not become a request. */
  invalid?: string;
  /** A short, masked excerpt of the response body. */
  excerpt?: string;
  skippedBecause?: string;
  /** Steps: every expected status says "denied" (401 or 403). */
  expectsDenial?: boolean;
  /** Steps: the final response or a redirect on the way led to a sign-in page. */
  landedOnLogin?: boolean;
  /** Cleanups: what may be left behind when it fails. */
  leftover?: string;
}

export interface DeploymentInfo {
  id?: number;
  environment?: string;
  sha?: string;
  ref?: string;
  state: string;
  url?: string;
}

export interface WaitResult {
  site: Site;
  ready: boolean;
  polls: number;
  ms: number;
  timeoutMs: number;
  /** The last poll, when the rollout never became ready. */
  last?: Outcome;
}

/** Everything one smoke run saw; the rules turn it into findings. */
export interface SmokeRun {
  file: string;
  /** Nothing could be tested: no origin, an unreadable event or CA file. */
  setupProblem?: { site: Site; message: string; rule: 'smoke-no-target' | 'smoke-invalid-request' };
  /** A deployment_status event whose state is not success. */
  deploymentSkipped?: { site: Site; deployment: DeploymentInfo };
  wait?: WaitResult;
  outcomes: Outcome[];
  /** Set when the deadline (or an interrupt) stopped the steps; `reason` says which. */
  deadline?: { site: Site; reason: string; notRun: number };
  marker: string;
}

export function describeOutcome(o: Outcome): string {
  const head = `${o.subject} (${o.label})`;
  if (o.invalid) return `${head} cannot be sent: ${o.invalid}`;
  if (o.error) return `${head} failed after ${o.error.ms} ms: ${o.error.message}`;
  const parts = [`${head}: ${o.failures.map((f) => f.message).join('; ')}`];
  if (o.exchange) {
    const hops = o.exchange.redirects.map((h) => `${h.status} → ${displayLocation(h.location, o.exchange!.url)}`);
    parts.push(`Got ${o.exchange.response.status} in ${o.exchange.ms} ms${hops.length ? ` after redirects (${hops.join(', ')})` : ''}.`);
  }
  if (o.excerpt !== undefined) parts.push(`Body: ${o.excerpt}`);
  return parts.join('. ').replace(/\.\./g, '.');
}

/** A Location header shown as a path when it stays on the request's origin. */
function displayLocation(location: string | undefined, base: URL): string {
  if (!location) return '?';
  try {
    const url = new URL(location, base);
    return url.origin === base.origin ? `${url.pathname}${url.search}` : url.origin + url.pathname;
  } catch {
    return location;
  }
}
