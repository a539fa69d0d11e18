import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient, TransportError } from '../../http/client.js';
import { VERSION } from '../../version.js';

export interface DeliveryPolicy {
  /** Attempts in all (default 3). */
  attempts: number;
  /** The first pause; it doubles (default 1 s). */
  baseDelayMs: number;
  /** The longest pause, Retry-After included (default 10 s). */
  maxDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, timeoutMs: 10_000 };

export interface Delivered {
  ok: boolean;
  attempts: number;
  status?: number;
  /** Why it failed, without the URL (a webhook URL is a secret). */
  error?: string;
}

/**
 * POSTs JSON to a webhook through the project's one HTTP client: no redirect followed (the body would
 * go somewhere else), timeouts, 5xx and 429 retried within the policy (Retry-After honoured up to its
 * cap), other 4xx not (the URL or the body is wrong, and will be wrong again).
 */
export async function postWebhook(url: URL, body: unknown, policy: DeliveryPolicy = DEFAULT_DELIVERY, client = new HttpClient({ userAgent: `release-gate/${VERSION} (alerts)`, maxBodyBytes: 64 * 1024 })): Promise<Delivered> {
  let last: Delivered = { ok: false, attempts: 0 };
  try {
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      let pause = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
      try {
        const exchange = await client.send(
          { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
          { origin: url.origin, timeoutMs: policy.timeoutMs, followRedirects: false },
        );
        const status = exchange.response.status;
        if (status >= 200 && status < 300) return { ok: true, attempts: attempt, status };
        last = { ok: false, attempts: attempt, status, error: `answered ${status}${exchange.response.body ? `: ${exchange.response.body.slice(0, 120).replace(/\s+/g, ' ')}` : ''}` };
        if (status !== 429 && status < 500) return last;
        const asked = retryAfterMs(exchange.response.headers['retry-after'], Date.now());
        if (asked !== undefined) pause = Math.min(asked, policy.maxDelayMs);
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        last = { ok: false, attempts: attempt, error: error.message };
      }
      if (attempt < policy.attempts) await sleep(pause);
    }
    return last;
  } finally {
    await client.close();
  }
}

/** Retry-After in either of its forms (seconds, or an HTTP date), as a wait from `now`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) || !/[a-z]/i.test(text) ? undefined : Math.max(0, at - now);
}
