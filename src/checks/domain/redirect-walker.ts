import { probeRequest, type ProbeTransport } from './probe-request.js';

/**
 * Follows a redirect chain by hand, one GET per hop, with no cookies or credentials of any kind: an old
 * link is what a stranger clicks. It stops at the first answer that is not a redirect, at a URL seen
 * before (a loop), or after `limit` hops.
 */

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
  /** The absolute URL the Location header points at. */
  next: string;
}

export type RedirectEnd =
  | { kind: 'final'; url: string; status: number }
  | { kind: 'loop'; url: string }
  | { kind: 'limit' }
  | { kind: 'bad-location'; url: string; location: string }
  | { kind: 'unreachable'; url: string; message: string };

export interface RedirectWalk {
  hops: RedirectHop[];
  end: RedirectEnd;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function walkRedirects(http: ProbeTransport, from: URL, limit: number): Promise<RedirectWalk> {
  const hops: RedirectHop[] = [];
  const seen = new Set<string>();
  let url = from;
  for (;;) {
    seen.add(url.href);
    const result = await probeRequest(http, { method: 'GET', url });
    if (!result.ok) return { hops, end: { kind: 'unreachable', url: url.href, message: result.message } };
    const { status, headers } = result.response;
    const location = headers.location;
    if (!REDIRECT_STATUSES.has(status) || location === undefined) return { hops, end: { kind: 'final', url: url.href, status } };
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return { hops, end: { kind: 'bad-location', url: url.href, location } };
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return { hops, end: { kind: 'bad-location', url: url.href, location } };
    hops.push({ url: url.href, status, location, next: next.href });
    if (seen.has(next.href)) return { hops, end: { kind: 'loop', url: next.href } };
    if (hops.length >= limit) return { hops, end: { kind: 'limit' } };
    url = next;
  }
}
