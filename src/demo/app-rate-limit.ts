export interface RateLimitPolicy {
  /** Failed sign-ins allowed per client address per window. */
  max: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: RateLimitPolicy = { max: 5, windowMs: 60_000 };

export interface RateLimitStatus {
  limited: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window resets. */
  resetSeconds: number;
}

interface Window {
  startedAt: number;
  count: number;
}

// One entry per client address; capped so a flood of addresses cannot grow memory without bound.
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * Fixed-window limit on failed sign-ins per client address. An attempt takes a slot before the
 * password is checked and gives it back on success, so parallel guesses cannot all slip past the
 * check while their hashes are being computed.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly policy: RateLimitPolicy,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(policy.max) || policy.max < 1) throw new Error('loginRateLimit.max must be a positive integer');
    if (!(policy.windowMs > 0)) throw new Error('loginRateLimit.windowMs must be a positive number');
  }

  /** Takes a slot for one attempt, or reports that the client is limited (taking nothing). */
  take(client: string): RateLimitStatus {
    const window = this.current(client);
    if (window.count >= this.policy.max) return this.status(window, true);
    window.count += 1;
    return this.status(window, false);
  }

  /** Gives back the slot of an attempt that succeeded. */
  refund(client: string): RateLimitStatus {
    const window = this.current(client);
    window.count = Math.max(0, window.count - 1);
    return this.status(window, false);
  }

  private current(client: string): Window {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now >= window.startedAt + this.policy.windowMs) {
      this.windows.delete(client);
      window = { startedAt: now, count: 0 };
      this.windows.set(client, window);
      if (this.windows.size > MAX_TRACKED_CLIENTS) this.windows.delete(this.windows.keys().next().value!);
    }
    return window;
  }

  private status(window: Window, limited: boolean): RateLimitStatus {
    const msLeft = window.startedAt + this.policy.windowMs - this.now();
    return {
      limited,
      limit: this.policy.max,
      remaining: Math.max(0, this.policy.max - window.count),
      resetSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
    };
  }
}

/** Headers in the style of draft-ietf-httpapi-ratelimit-headers, plus Retry-After when limited. */
export function rateLimitHeaders(status: RateLimitStatus, policy: RateLimitPolicy): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(status.limit),
    'RateLimit-Remaining': String(status.remaining),
    'RateLimit-Reset': String(status.resetSeconds),
    'RateLimit-Policy': `${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
  };
  if (status.limited) headers['Retry-After'] = String(status.resetSeconds);
  return headers;
}
