import { setTimeout as sleep } from 'node:timers/promises';
import { TransportError, type HttpClient, type HttpExchange, type OutgoingRequest, type SendOptions } from './client.js';

/** Gateways answer these while a release is rolling out or an instance restarts. */
const RETRY_STATUSES = new Set([502, 503, 504]);

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  /**
   * The request may be repeated after it may have reached the server: true for idempotent methods,
   * and for writes whose Idempotency-Key the server is known to honour.
   */
  mayRepeat: boolean;
  /** The first pause; it doubles, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface RetriedExchange {
  exchange?: HttpExchange;
  error?: TransportError;
  attempts: number;
}

/**
 * Sends a request, retrying only what cannot do harm twice: a connection that was never made (any
 * method), and a reset or a 502/503/504 when the request may be repeated. Timeouts are not retried: a
 * slow endpoint stays slow, and the request may have done its work.
 */
export async function sendWithRetries(client: HttpClient, request: OutgoingRequest, options: SendOptions, policy: RetryPolicy): Promise<RetriedExchange> {
  const base = policy.baseDelayMs ?? 250;
  const max = policy.maxDelayMs ?? 4_000;
  for (let attempt = 1; ; attempt++) {
    let result: RetriedExchange;
    try {
      result = { exchange: await client.send(request, options), attempts: attempt };
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      result = { error, attempts: attempt };
    }
    if (attempt > policy.retries || !shouldRetry(result, policy.mayRepeat)) return result;
    const retryAfter = retryAfterMs(result.exchange);
    const pause = Math.min(retryAfter ?? base * 2 ** (attempt - 1), retryAfter !== undefined ? 10_000 : max);
    try {
      await sleep(pause, undefined, { signal: options.signal });
    } catch {
      return result; // the deadline passed while waiting: report what the last attempt saw
    }
  }
}

export function shouldRetry(result: { exchange?: HttpExchange; error?: TransportError }, mayRepeat: boolean): boolean {
  // A connection that stalled for a whole timeout will not come up in the next second.
  if (result.error) return (result.error.nothingSent && result.error.kind !== 'connect-timeout') || (mayRepeat && result.error.kind === 'reset');
  return mayRepeat && result.exchange !== undefined && RETRY_STATUSES.has(result.exchange.response.status);
}

/** Retry-After in seconds (dates are rare on 503s and are ignored). */
function retryAfterMs(exchange: HttpExchange | undefined): number | undefined {
  const value = exchange?.response.headers['retry-after'];
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : undefined;
}
