import { HttpClient } from '../../http/client.js';
import { declaredOrigins } from '../../http/origin-guard.js';
import { Templater } from '../../http/templater.js';
import type { ManifestPath } from '../../manifest/load.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../check.js';
import { DnsClient } from './dns-client.js';
import { probeDnsRecord } from './dns-records.js';
import { probeDefaultDkimSelectors, probeEmail } from './email-probe.js';
import { DEFAULT_ATTEMPTS, runLoginBurst } from './login-burst.js';
import type { DomainModel, PageObservation } from './model.js';
import { probeRequest, type ProbeTransport } from './probe-request.js';
import { parseOrigin, probeProxy, proxyKind } from './proxy-probe.js';
import { walkRedirects } from './redirect-walker.js';
import { signInSession, type SessionDefinition, type SignInOutcome } from './session-sign-in.js';
import { resolveUrl, type DomainSection, type DomainSettings } from './settings.js';
import { createTlsContexts, probeTls } from './tls-probe.js';

/** Hops the walker follows before giving up; redirect-too-many-hops judges against max-hops (default 3). */
const WALK_LIMIT = 10;
export const DEFAULT_MAX_HOPS = 3;
export const DEFAULT_MIN_DAYS = 14;
export const DEFAULT_WARN_DAYS = 30;

export interface Observed {
  model: DomainModel;
  dns: DnsClient;
  http: HttpClient;
}

/**
 * Runs every probe the section asks for and collects what they saw. Lookups (DNS, email, TLS) run side
 * by side; HTTP requests go one at a time, and the login burst last, since it may get this client's
 * address rate-limited for a while.
 */
export async function observeDomain(ctx: CheckContext, section: DomainSection, settings: DomainSettings): Promise<Observed> {
  const dns = new DnsClient(settings.fatal ? [] : settings.resolvers, settings.timeoutMs);
  // No connection reuse: each request stands alone, as a fresh visitor's would.
  const http = new HttpClient({
    ...(settings.resolvers.length ? { lookup: dns.lookup } : {}),
    ...(settings.ca ? { tls: { roots: settings.ca } } : {}),
    userAgent: `release-gate/${VERSION} (domain check)`,
    maxBodyBytes: 512 * 1024,
    reuseConnections: false,
  });
  try {
    const transport: ProbeTransport = { client: http, timeoutMs: settings.timeoutMs, signal: ctx.signal };
    return { model: await observe(ctx, section, settings, dns, transport), dns, http };
  } catch (error) {
    await http.close();
    throw error;
  }
}

async function observe(ctx: CheckContext, section: DomainSection, settings: DomainSettings, dns: DnsClient, http: ProbeTransport): Promise<DomainModel> {
  const model: DomainModel = {
    file: ctx.manifest.file,
    locate: ctx.manifest.locate,
    now: ctx.now(),
    resolvers: dns.servers,
    dns: [], email: [], tls: [], hsts: [], redirects: [], pages: [], logins: [], proxies: [],
    lookupFailures: [],
    unreachable: [],
    settingProblems: [...settings.problems],
  };
  const settingProblems = model.settingProblems;
  if (settings.fatal) return model;
  const url = (text: string, path: ManifestPath): URL | undefined => {
    const resolved = resolveUrl(text, settings.base);
    if (resolved instanceof URL) return resolved;
    settingProblems.push({ path, message: resolved.problem });
    return undefined;
  };

  const contexts = section.tls?.length ? createTlsContexts(settings.ca) : undefined;
  const [dnsObservations, emailObservations, tlsObservations] = await Promise.all([
    Promise.all((section.dns ?? []).map((entry, i) => probeDnsRecord(entry, ['domain', 'dns', i], dns, model.lookupFailures))),
    Promise.all((section.email ?? []).map((entry, i) => probeEmail(entry, ['domain', 'email', i], dns, model.lookupFailures, section['allow-dmarc-none'] ?? false))),
    Promise.all((section.tls ?? []).map(async (entry, i) => {
      const port = entry.port ?? 443;
      const result = await probeTls({ host: entry.host, port, dns, contexts: contexts!, timeoutMs: settings.timeoutMs, signal: ctx.signal });
      return {
        path: ['domain', 'tls', i], host: entry.host, port, minDays: entry['min-days'] ?? DEFAULT_MIN_DAYS,
        warnDays: Math.max(entry['warn-days'] ?? DEFAULT_WARN_DAYS, entry['min-days'] ?? DEFAULT_MIN_DAYS), result,
      };
    })),
  ]);
  for (const [i, entry] of (section.email ?? []).entries()) await probeDefaultDkimSelectors(emailObservations[i]!, entry, dns);
  model.dns = dnsObservations;
  model.email = emailObservations;
  model.tls = tlsObservations;

  for (const [i, entry] of (section.hsts ?? []).entries()) {
    const options = typeof entry === 'string' ? { url: entry } : entry;
    const path: ManifestPath = typeof entry === 'string' ? ['domain', 'hsts', i] : ['domain', 'hsts', i, 'url'];
    const target = url(options.url, path);
    if (!target) continue;
    const observation = {
      path, url: target.href, includeSubdomains: options['include-subdomains'] ?? false, preload: options.preload ?? false,
    };
    if (target.protocol === 'https:') {
      const result = await probeRequest(http, { method: 'GET', url: target });
      if (result.ok) Object.assign(observation, { response: result.response });
      else model.unreachable.push({ path, request: `GET ${target.href}`, message: result.message });
    }
    model.hsts.push(observation);
  }

  for (const [i, entry] of (section.redirects ?? []).entries()) {
    const path: ManifestPath = ['domain', 'redirects', i];
    const from = url(entry.from, [...path, 'from']);
    const to = url(entry.to, [...path, 'to']);
    if (!from || !to) continue;
    const walk = await walkRedirects(http, from, WALK_LIMIT);
    if (walk.end.kind === 'unreachable') model.unreachable.push({ path: [...path, 'from'], request: `GET ${walk.end.url}`, message: walk.end.message });
    model.redirects.push({ path, from: from.href, to: to.href, expectedStatus: entry.status, maxHops: entry['max-hops'] ?? DEFAULT_MAX_HOPS, walk });
  }

  const templater = new Templater(ctx.env, new Map(), ctx.masker);
  // Each session signs in once, however many pages it is used for.
  const signIns = new Map<string, Promise<SignInOutcome>>();
  const signIn = (name: string, definition: SessionDefinition, base: URL) => {
    if (!signIns.has(name)) {
      signIns.set(name, signInSession(name, definition, {
        client: http.client, base, templater, masker: ctx.masker, timeoutMs: settings.timeoutMs, signal: ctx.signal,
        allowedOrigins: declaredOrigins(ctx.manifest.data.environments, base),
      }));
    }
    return signIns.get(name)!;
  };
  for (const [i, entry] of (section.headers ?? []).entries()) {
    const options = typeof entry === 'string' ? { url: entry } : entry;
    const path: ManifestPath = typeof entry === 'string' ? ['domain', 'headers', i] : ['domain', 'headers', i, 'url'];
    const target = url(options.url, path);
    if (!target) continue;
    model.pages.push(await observePage(ctx, http, signIn, settings, target, path, options.session, ['domain', 'headers', i, 'session'], model));
  }

  for (const [host, entry] of Object.entries(section.hosts ?? {})) {
    const kind = proxyKind(entry);
    if (!kind) continue;
    if (entry.origin !== undefined && !parseOrigin(entry.origin)) {
      settingProblems.push({ path: ['domain', 'hosts', host, 'origin'], message: `origin ${entry.origin} is not an IP address with an optional :port` });
    }
    const proxy = await probeProxy(host, entry, kind, { ctx, settings, dns, http, templater, lookupFailures: model.lookupFailures });
    if (!proxy.front.result.ok) model.unreachable.push({ path: ['domain', 'hosts', host], request: proxy.front.request, message: proxy.front.result.message });
    for (const item of [...proxy.signedIn, ...proxy.static]) {
      if (item.exchange && !item.exchange.result.ok) model.unreachable.push({ path: item.path, request: item.exchange.request, message: item.exchange.result.message });
    }
    model.proxies.push(proxy);
  }

  for (const [i, entry] of (section['rate-limit'] ?? []).entries()) {
    const path: ManifestPath = ['domain', 'rate-limit', i, 'request'];
    const [method, target] = entry.request.trim().split(/\s+/, 2) as [string, string];
    const endpoint = url(target, path);
    if (!endpoint) continue;
    // A burst of sign-ins is load on someone's login: only ever on the app the manifest declares.
    const declared = settings.base ? [settings.base.origin] : declaredOrigins(ctx.manifest.data.environments);
    if (!declared.includes(endpoint.origin)) {
      settingProblems.push({
        path,
        message: `${endpoint.href} is not on ${settings.base ? `the environment's origin (${settings.base.origin})` : 'an origin the manifest declares under environments'}; the login burst is sent only to the app under test, so it was not sent`,
      });
      continue;
    }
    const burst = await runLoginBurst(http, {
      method, url: endpoint, attempts: entry.attempts ?? DEFAULT_ATTEMPTS, format: entry.format ?? 'json',
      userField: entry['user-field'] ?? 'email', passwordField: entry['password-field'] ?? 'password',
    });
    if (burst.unreachable && burst.statuses.length === 0) model.unreachable.push({ path, request: `${method} ${endpoint.href}`, message: burst.unreachable });
    model.logins.push({ path, request: entry.request, url: endpoint.href, burst });
  }

  return model;
}

type SignIn = (name: string, definition: SessionDefinition, base: URL) => Promise<SignInOutcome>;

async function observePage(
  ctx: CheckContext, http: ProbeTransport, signIn: SignIn, settings: DomainSettings,
  target: URL, path: ManifestPath, session: string | undefined, sessionPath: ManifestPath, model: DomainModel,
): Promise<PageObservation> {
  const page: PageObservation = { path, url: target.href, session, sessionPath: session === undefined ? undefined : sessionPath, signInCookies: [] };
  const headers: Record<string, string> = {};
  if (session !== undefined) {
    const definition = ctx.manifest.data.sessions?.[session];
    const base = settings.base ?? new URL(target.origin);
    if (!definition) {
      page.signInError = `session "${session}" is not defined under sessions`;
    } else if (target.origin !== base.origin) {
      page.signInError = `${target.href} is not on ${base.origin}, where session "${session}" signs in; its credentials are never sent elsewhere`;
    } else {
      const signedIn = await signIn(session, definition, base);
      page.signInCookies = signedIn.ok ? signedIn.session.cookies : signedIn.cookies;
      if (!signedIn.ok) {
        page.signInError = signedIn.message;
      } else {
        Object.assign(headers, signedIn.session.headers);
        const cookie = signedIn.session.jar.header(target);
        if (cookie) headers.cookie = cookie;
      }
    }
    if (page.signInError) return page;
  }
  const result = await probeRequest(http, { method: 'GET', url: target, headers });
  if (result.ok) page.response = result.response;
  else model.unreachable.push({ path, request: `GET ${target.href}`, message: result.message });
  return page;
}
