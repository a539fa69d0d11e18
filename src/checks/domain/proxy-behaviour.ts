import { parseCacheControl } from './header-inspector.js';

/**
 * How a response looks when it went through a proxy: who served it, whether the proxy answered with
 * a challenge instead of the app, whether it came out of the edge cache, and whether a cookie set
 * through it can work for the hostname. Pure functions of headers and bodies, tested on their own.
 */

export interface ProxyKind {
  /** "Cloudflare", or the name given for a generic proxy. */
  name: string;
  /** Lower-case header names; any one of them present says the proxy served the response. */
  headers: readonly string[];
}

export const CLOUDFLARE: ProxyKind = { name: 'Cloudflare', headers: ['cf-ray'] };

/** The header that shows the proxy served this response, e.g. "cf-ray: 8f1e…" or "server: cloudflare". */
export function proxyEvidence(kind: ProxyKind, headers: Readonly<Record<string, string>>): string | undefined {
  for (const name of kind.headers) {
    const value = headers[name.toLowerCase()];
    if (value !== undefined) return `${name.toLowerCase()}: ${value}`;
  }
  if (kind === CLOUDFLARE && /^cloudflare\b/i.test(headers.server ?? '')) return `server: ${headers.server}`;
  return undefined;
}

// What Cloudflare's managed challenge, JS challenge and block pages carry, and what generic WAFs say.
const CHALLENGE_BODY = /cf-chl-|challenge-platform|cf_chl_opt|<title>\s*(Just a moment|Attention Required!? \| Cloudflare)|cf-browser-verification|Checking your browser before accessing/i;

/** Why this response is a proxy challenge or block page rather than the app's answer; undefined when it is not. */
export function challengeReason(status: number, headers: Readonly<Record<string, string>>, body: string): string | undefined {
  const mitigated = headers['cf-mitigated'];
  if (mitigated && /challenge/i.test(mitigated)) return `cf-mitigated: ${mitigated}`;
  if ((status === 403 || status === 503 || status === 429) && CHALLENGE_BODY.test(body)) {
    return `HTTP ${status} with a challenge page (${CHALLENGE_BODY.exec(body)![0].replace(/\s+/g, ' ').slice(0, 40)})`;
  }
  return undefined;
}

/** The edge cache served this response, or says it stored it; undefined when it did not. */
export function edgeCacheEvidence(headers: Readonly<Record<string, string>>): string | undefined {
  const cf = headers['cf-cache-status']?.trim();
  if (cf && /^(HIT|STALE|UPDATING|REVALIDATED|EXPIRED|MISS)$/i.test(cf)) return `cf-cache-status: ${cf}`;
  const xCache = headers['x-cache'];
  if (xCache && /\b(HIT|MISS)\b/i.test(xCache)) return `x-cache: ${xCache}`;
  const age = headers.age?.trim();
  if (age !== undefined && /^\d+$/.test(age)) return `age: ${age}`;
  return undefined;
}

/** A static asset the edge does not cache, or keeps only briefly; undefined when it is cached for a day or more. */
export function staticCacheProblem(headers: Readonly<Record<string, string>>, minSeconds: number): string | undefined {
  const cf = headers['cf-cache-status']?.trim();
  const cacheControl = headers['cache-control'];
  if (cf && /^(DYNAMIC|BYPASS|NONE\/UNKNOWN)$/i.test(cf)) return `the edge does not cache it (cf-cache-status: ${cf})`;
  if (!edgeCacheEvidence(headers)) return 'no cache status header says the edge stored it';
  if (cacheControl === undefined) return 'it has no Cache-Control header, so browsers and the edge keep it only heuristically';
  const directives = parseCacheControl(cacheControl);
  if (directives.has('no-store') || directives.has('private')) return `Cache-Control: ${cacheControl} keeps it out of shared caches`;
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
  if (!(seconds >= minSeconds)) return `Cache-Control: ${cacheControl} keeps it for ${Number.isFinite(seconds) ? seconds : 0} s, under a day`;
  return undefined;
}

/** Why a browser would drop or never send this cookie for `host` over HTTPS; undefined when it works. */
export function cookieIncompatibility(header: string, host: string): string | undefined {
  const [pair, ...attributes] = header.split(';');
  const name = pair!.slice(0, Math.max(0, pair!.indexOf('='))).trim();
  if (!name) return undefined;
  let domain: string | undefined;
  let secure = false;
  let sameSite: string | undefined;
  let path: string | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'domain') domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'secure') secure = true;
    else if (key === 'samesite') sameSite = value.toLowerCase();
    else if (key === 'path') path = value;
  }
  const hostname = host.toLowerCase();
  if (domain && domain !== hostname && !hostname.endsWith(`.${domain}`)) {
    return `cookie ${name} is set for Domain=${domain}, which ${hostname} is not part of, so the browser drops it`;
  }
  if (sameSite === 'none' && !secure) return `cookie ${name} has SameSite=None without Secure, which browsers reject`;
  if (name.startsWith('__Secure-') && !secure) return `cookie ${name} has the __Secure- prefix without Secure, which browsers reject`;
  if (name.startsWith('__Host-') && (!secure || domain || path !== '/')) return `cookie ${name} has the __Host- prefix but ${!secure ? 'no Secure' : domain ? 'a Domain' : 'no Path=/'}, which browsers reject`;
  return undefined;
}
