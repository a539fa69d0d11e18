import { randomBytes } from 'node:crypto';
import { probeRequest, type ProbeTransport } from './probe-request.js';

/**
 * A bounded burst of failed sign-ins against one endpoint, to see whether it slows an attacker down.
 * Only a throwaway user name and a random wrong password are ever sent (never the manifest's real
 * credentials), one request at a time, and the burst stops at the first sign of a limit: a 429, a
 * lockout (423, or a 4xx/503 that says so), or a Retry-After header.
 */

export const DEFAULT_ATTEMPTS = 20;
export const MAX_ATTEMPTS = 50;

export interface LoginBurstOptions {
  method: string;
  url: URL;
  attempts: number;
  format: 'json' | 'form';
  userField: string;
  passwordField: string;
}

export interface LoginBurst {
  attempts: number;
  /** Statuses, in order, of the attempts sent. */
  statuses: number[];
  /** How the endpoint showed a limit, e.g. "429 with Retry-After: 60"; undefined when it never did. */
  limitedBy?: string;
  /** Why the burst says nothing either way (the endpoint is missing or broken). */
  inconclusive?: string;
  /** Set when a request got no response. */
  unreachable?: string;
}

const LOCKOUT_TEXT = /too many|locked|lockout|rate.?limit|try again later|temporarily blocked/i;

export async function runLoginBurst(http: ProbeTransport, options: LoginBurstOptions): Promise<LoginBurst> {
  const attempts = Math.min(Math.max(1, options.attempts), MAX_ATTEMPTS);
  const burst: LoginBurst = { attempts, statuses: [] };
  // Reserved by RFC 2606, so it can never belong to a real account.
  const user = `release-gate-probe-${randomBytes(4).toString('hex')}@example.invalid`;
  for (let i = 0; i < attempts; i++) {
    const password = `wrong-${randomBytes(12).toString('hex')}`;
    const fields = { [options.userField]: user, [options.passwordField]: password };
    const result = await probeRequest(http, {
      method: options.method,
      url: options.url,
      headers: { 'content-type': options.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
      body: options.format === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
    });
    if (!result.ok) {
      // A server that starts refusing connections mid-burst may be blocking the client: say so, but do not count it as a limit.
      burst.unreachable = burst.statuses.length
        ? `after ${burst.statuses.length} attempt${burst.statuses.length === 1 ? '' : 's'}: ${result.message}`
        : result.message;
      return burst;
    }
    const { status, headers, body } = result.response;
    burst.statuses.push(status);
    const retryAfter = headers['retry-after'];
    if (status === 429) {
      burst.limitedBy = `429 Too Many Requests${retryAfter ? ` with Retry-After: ${retryAfter}` : ''}`;
      return burst;
    }
    if (status === 423) {
      burst.limitedBy = '423 Locked';
      return burst;
    }
    if (retryAfter !== undefined) {
      burst.limitedBy = `${status} with Retry-After: ${retryAfter}`;
      return burst;
    }
    if ((status === 403 || status === 503 || status === 401 || status === 400) && LOCKOUT_TEXT.test(body.slice(0, 2000))) {
      burst.limitedBy = `${status} saying the sign-in is locked or limited`;
      return burst;
    }
    if (status === 404 || status === 405 || status === 501 || status >= 500) {
      burst.inconclusive = `the endpoint answered ${status}, so it is missing or broken`;
      return burst;
    }
  }
  return burst;
}
