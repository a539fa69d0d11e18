/** Strict-Transport-Security (RFC 6797 section 6.1), as browsers and hstspreload.org read it. */

export const ONE_YEAR_SECONDS = 31_536_000;
export const SIX_MONTHS_SECONDS = 15_768_000;

export interface HstsPolicy {
  /** Undefined when the header has no valid max-age, which makes browsers ignore it. */
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
  /** Why browsers ignore the header, when they do. */
  invalid?: string;
}

export function parseHsts(value: string): HstsPolicy {
  const policy: HstsPolicy = { includeSubDomains: false, preload: false };
  const seen = new Set<string>();
  // Several headers arrive joined with ", "; browsers use the first.
  const first = value.split(',')[0]!;
  for (const part of first.split(';')) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    if (seen.has(name)) {
      policy.invalid = `${name} appears twice`;
      return { ...policy, maxAge: undefined };
    }
    seen.add(name);
    const raw = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'max-age') {
      if (!/^\d+$/.test(raw)) policy.invalid = `max-age=${raw} is not a number of seconds`;
      else policy.maxAge = Number(raw);
    } else if (name === 'includesubdomains') {
      policy.includeSubDomains = true;
    } else if (name === 'preload') {
      policy.preload = true;
    }
  }
  if (policy.maxAge === undefined && !policy.invalid) policy.invalid = 'it has no max-age';
  return policy;
}

export function describeSeconds(seconds: number): string {
  const days = seconds / 86_400;
  if (days >= 365) return `${+(days / 365).toFixed(1)} years`.replace(/^1 years/, '1 year');
  if (days >= 1) return `${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}`;
  return `${seconds} seconds`;
}
