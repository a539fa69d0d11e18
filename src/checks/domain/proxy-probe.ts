import { isIP } from 'node:net';
import { HttpClient } from '../../http/client.js';
import type { Templater } from '../../http/templater.js';
import type { ManifestPath } from '../../manifest/load.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../check.js';
import { isMissing, type DnsClient } from './dns-client.js';
import type { LookupFailure } from './lookup-failure.js';
import { probeRequest, type ProbeResult, type ProbeTransport } from './probe-request.js';
import { CLOUDFLARE, challengeReason, cookieIncompatibility, proxyEvidence, type ProxyKind } from './proxy-behaviour.js';
import { CLOUDFLARE_RANGES, rangeMatcher } from './proxy-ranges.js';
import { signInSession, type SessionDefinition, type SignInOutcome } from './session-sign-in.js';
import type { DomainSection, DomainSettings } from './settings.js';

type HostEntry = NonNullable<DomainSection['hosts']>[string];

/** A static asset kept at the edge for less than this (a day) is reported. */
export const STATIC_MIN_SECONDS = 86_400;

/** What the proxy checks saw for one hostname. */
export interface ProxyObservation {
  path: ManifestPath;
  host: string;
  kind: ProxyKind;
  /** Where the address ranges came from: the shipped data with its date, or the manifest. */
  rangesSource: string;
  /** A/AAAA records of the name, each with whether it is in the proxy's ranges; undefined without ranges. */
  addresses?: { address: string; inRanges: boolean }[];
  /** Ranges written in the manifest that are not CIDRs. */
  invalidRanges: string[];
  front: Exchange;
  /** The header that shows the proxy served the front page, e.g. "cf-ray: 8f1e…". */
  servedBy?: string;
  origin?: { address: string; port: number; exchange: Exchange };
  signIn?: SignInThroughProxy;
  signedIn: PathObservation[];
  static: PathObservation[];
}

export interface Exchange {
  request: string;
  result: ProbeResult;
}

export interface PathObservation {
  path: ManifestPath;
  url: string;
  exchange?: Exchange;
}

export interface SignInThroughProxy {
  session: string;
  sessionPath: ManifestPath;
  outcome: SignInOutcome;
  /** Requests of the sign-in answered by a challenge page instead of the app. */
  challenges: { request: string; reason: string }[];
  /** Set-Cookie headers a browser would drop or never send back for this host. */
  incompatibleCookies: { request: string; reason: string }[];
  /** With `origin`: the same session signing in directly at the origin ("works there, not through the proxy"). */
  onOrigin?: SignInOutcome;
}

export interface ProxyProbeContext {
  ctx: CheckContext;
  settings: DomainSettings;
  dns: DnsClient;
  http: ProbeTransport;
  templater: Templater;
  lookupFailures: LookupFailure[];
}

/** The kind of proxy a host entry declares; undefined for `proxy: none`. */
export function proxyKind(entry: HostEntry): ProxyKind | undefined {
  const proxy = entry.proxy;
  if (proxy === 'none') return undefined;
  if (proxy === 'cloudflare') return CLOUDFLARE;
  return { name: proxy.name ?? 'the proxy', headers: proxy.headers.map((h) => h.toLowerCase()) };
}

/** Every probe of one proxied hostname: DNS, the front page, the origin, sign-in, signed-in paths, static assets. */
export async function probeProxy(host: string, entry: HostEntry, kind: ProxyKind, p: ProxyProbeContext): Promise<ProxyObservation> {
  const path: ManifestPath = ['domain', 'hosts', host];
  const declared = typeof entry.proxy === 'object' && entry.proxy.ranges ? { source: `the ranges given under ${host}.proxy`, cidrs: entry.proxy.ranges } : undefined;
  const ranges = entry.ranges ? { source: `the ranges given for ${host}`, cidrs: entry.ranges } : declared ?? (kind === CLOUDFLARE ? CLOUDFLARE_RANGES : undefined);
  const matcher = ranges ? rangeMatcher(ranges.cidrs) : undefined;
  const base = httpsUrl(host, entry.port ?? 443);
  const observation: ProxyObservation = {
    path, host, kind, rangesSource: ranges?.source ?? 'no published ranges', invalidRanges: matcher?.invalid ?? [],
    front: { request: `GET ${base.href}`, result: { ok: false, message: 'not requested' } }, signedIn: [], static: [],
  };

  if (matcher) {
    observation.addresses = [];
    for (const type of ['A', 'AAAA'] as const) {
      const answer = await p.dns.query(host, type);
      if (answer.ok) for (const value of answer.values) observation.addresses.push({ address: value, inRanges: matcher.contains(value) });
      else if (!isMissing(answer)) {
        p.lookupFailures.push({ path, name: host, type, server: p.dns.servers[0] ?? 'the system resolver', answer, purpose: `the ${type} records of ${host}, to compare with ${kind.name}'s ranges` });
      }
    }
  }

  observation.front.result = await probeRequest(p.http, { method: 'GET', url: base });
  if (observation.front.result.ok) observation.servedBy = proxyEvidence(kind, observation.front.result.response.headers);

  const origin = entry.origin ? parseOrigin(entry.origin) : undefined;
  // The origin is asked with the public name as Host and SNI, connecting to its address whatever DNS says.
  const originClient = origin ? new HttpClient({
    lookup: pinnedLookup(origin.address),
    ...(p.settings.ca ? { tls: { roots: p.settings.ca } } : {}),
    userAgent: `release-gate/${VERSION} (domain check)`, maxBodyBytes: 512 * 1024, reuseConnections: false,
  }) : undefined;
  try {
    const originTransport: ProbeTransport | undefined = originClient && { ...p.http, client: originClient };
    if (origin && originTransport) {
      const url = httpsUrl(host, origin.port);
      observation.origin = { ...origin, exchange: { request: `GET ${url.href} at ${origin.address}`, result: await probeRequest(originTransport, { method: 'GET', url }) } };
    }

    if (entry.session !== undefined) {
      observation.signIn = await signInThroughProxy(host, entry.session, base, origin, originTransport, p);
      const outcome = observation.signIn.outcome;
      for (const [i, target] of (entry['signed-in'] ?? []).entries()) {
        const url = new URL(target, base);
        const item: PathObservation = { path: [...path, 'signed-in', i], url: url.href };
        if (outcome.ok) {
          const cookie = outcome.session.jar.header(url);
          const headers = { ...outcome.session.headers, ...(cookie ? { cookie } : {}) };
          item.exchange = { request: `GET ${url.href}`, result: await probeRequest(p.http, { method: 'GET', url, headers }) };
        }
        observation.signedIn.push(item);
      }
    }
    for (const [i, target] of (entry.static ?? []).entries()) {
      const url = new URL(target, base);
      observation.static.push({ path: [...path, 'static', i], url: url.href, exchange: { request: `GET ${url.href}`, result: await probeRequest(p.http, { method: 'GET', url }) } });
    }
  } finally {
    await originClient?.close();
  }
  return observation;
}

async function signInThroughProxy(
  host: string, session: string, base: URL, origin: { address: string; port: number } | undefined,
  originTransport: ProbeTransport | undefined, p: ProxyProbeContext,
): Promise<SignInThroughProxy> {
  const sessionPath: ManifestPath = ['domain', 'hosts', host, 'session'];
  const definition = p.ctx.manifest.data.sessions?.[session];
  const options = (client: ProbeTransport, at: URL) => ({
    client: client.client, base: at, templater: p.templater, masker: p.ctx.masker, timeoutMs: p.settings.timeoutMs, signal: p.ctx.signal,
    allowedOrigins: [at.origin],
  });
  const outcome: SignInOutcome = definition
    ? await signInSession(session, definition as SessionDefinition, options(p.http, base))
    : { ok: false, message: `session "${session}" is not defined under sessions`, cookies: [], responses: [] };
  const signIn: SignInThroughProxy = { session, sessionPath, outcome, challenges: [], incompatibleCookies: [] };
  for (const { request, response } of outcome.responses) {
    const reason = challengeReason(response.status, response.headers, response.body);
    if (reason) signIn.challenges.push({ request, reason });
  }
  for (const cookie of outcome.ok ? outcome.session.cookies : outcome.cookies) {
    const reason = cookieIncompatibility(cookie.header, host);
    if (reason) signIn.incompatibleCookies.push({ request: cookie.request, reason });
  }
  if (!outcome.ok && definition && origin && originTransport) {
    signIn.onOrigin = await signInSession(session, definition as SessionDefinition, options(originTransport, httpsUrl(host, origin.port)));
  }
  return signIn;
}

function httpsUrl(host: string, port: number): URL {
  return new URL(`https://${host}${port === 443 ? '' : `:${port}`}/`);
}

/** "203.0.113.10", "203.0.113.10:8443", "[2001:db8::1]:8443" */
export function parseOrigin(text: string): { address: string; port: number } | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed && isIP(bracketed[1]!) === 6) return { address: bracketed[1]!, port: Number(bracketed[2] ?? 443) };
  if (isIP(text)) return { address: text, port: 443 };
  const withPort = /^([\d.]+):(\d{1,5})$/.exec(text);
  if (withPort && isIP(withPort[1]!) === 4) return { address: withPort[1]!, port: Number(withPort[2]) };
  return undefined;
}

/** A lookup that connects every name to one address. */
function pinnedLookup(address: string): NonNullable<ConstructorParameters<typeof HttpClient>[0]>['lookup'] {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean } | undefined)?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}
