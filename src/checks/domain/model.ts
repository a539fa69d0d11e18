import type { ManifestPath, Position } from '../../manifest/load.js';
import type { Finding } from '../../types.js';
import type { DnsRecordType, DnsServerAnswer } from './dns-client.js';
import type { LookupFailure } from './lookup-failure.js';
import type { DkimKey } from './dkim.js';
import type { DmarcRecord } from './dmarc.js';
import type { SpfEvaluation } from './spf.js';
import type { TlsProbeResult } from './tls-probe.js';
import type { HttpResponse } from '../../http/client.js';
import type { RedirectWalk } from './redirect-walker.js';
import type { LoginBurst } from './login-burst.js';
import type { ProxyObservation } from './proxy-probe.js';

/**
 * What the domain check saw, gathered by the probes (DNS, TLS, HTTP) before any rule runs. Rules are
 * pure functions of this model; every observation keeps the manifest path of the entry it came from,
 * so a finding lands on the line that asked for it.
 */
export interface DomainModel {
  file: string;
  locate(path: ManifestPath, part?: 'key' | 'value'): Position | undefined;
  now: Date;
  resolvers: string[];
  dns: DnsObservation[];
  email: EmailObservation[];
  tls: TlsObservation[];
  hsts: HstsObservation[];
  redirects: RedirectObservation[];
  pages: PageObservation[];
  logins: LoginObservation[];
  /** Hostnames served through a proxy (domain.hosts), one per proxied name. */
  proxies: ProxyObservation[];
  /** DNS questions that failed for another reason than the record being absent (SERVFAIL, timeout, ...). */
  lookupFailures: LookupFailure[];
  /** HTTP requests that got no response, or could not be made. */
  unreachable: Unreachable[];
  /** Settings that cannot be used (a CA file that cannot be read, a path without an environment); their entries were skipped. */
  settingProblems: { path: ManifestPath; message: string }[];
}

export interface DnsObservation {
  path: ManifestPath;
  name: string;
  type: DnsRecordType;
  /** Canonical forms: lower-case names without the final dot, "10 mail.example.com" for MX. */
  expected: string[];
  /** One per resolver. CNAME answers hold the whole chain, first link first. */
  answers: DnsServerAnswer[];
}

// Declared beside the DNS client so proxy-probe.ts can use it without importing this file back.
export type { LookupFailure } from './lookup-failure.js';

export interface EmailObservation {
  path: ManifestPath;
  domain: string;
  /** Undefined when SPF is not checked or its record could not be read. */
  spf?: SpfEvaluation;
  dmarc?: DmarcObservation;
  dkim: DkimObservation[];
  /** With no selector declared: the common providers' selectors tried, and those that hold a key. */
  dkimProbe?: { tried: { selector: string; provider: string }[]; found: { selector: string; provider: string }[]; unanswered: number };
  mx?: MxObservation;
  allowDmarcNone: boolean;
}

export interface DmarcObservation {
  /** The name asked, _dmarc.<domain>. */
  name: string;
  /** Every TXT record there that starts with v=DMARC1. */
  records: string[];
  /** When the domain has no record, the organizational domain whose record applies instead. */
  inheritedFrom?: string;
  parsed?: DmarcRecord;
}

export interface DkimObservation {
  path: ManifestPath;
  selector: string;
  name: string;
  /** The TXT records at the selector that hold a key (a p= tag). */
  records: string[];
  key?: DkimKey;
  /** The lookup failed (see lookupFailures): nothing is known about the key. */
  lookupFailed: boolean;
}

export interface MxObservation {
  /** "10 mail.example.com"; a null MX (RFC 7505) is "0 .". */
  records: string[];
  /** Exchanges that have neither an A nor an AAAA record. */
  unresolvable: string[];
}

export interface TlsObservation {
  path: ManifestPath;
  host: string;
  port: number;
  minDays: number;
  warnDays: number;
  result: TlsProbeResult;
}

export interface HstsObservation {
  path: ManifestPath;
  url: string;
  includeSubdomains: boolean;
  preload: boolean;
  /** Undefined when the URL could not be fetched (see unreachable). */
  response?: HttpResponse;
}

export interface RedirectObservation {
  path: ManifestPath;
  from: string;
  to: string;
  expectedStatus?: number;
  maxHops: number;
  walk: RedirectWalk;
}

export interface PageObservation {
  path: ManifestPath;
  url: string;
  session?: string;
  /** Where the session is named in the manifest. */
  sessionPath?: ManifestPath;
  /** Why the session could not sign in, or its credentials were not sent; the page was not judged as signed in. */
  signInError?: string;
  /** Set-Cookie headers of the sign-in exchange, with the request that set them. */
  signInCookies: { request: string; header: string }[];
  response?: HttpResponse;
}

export interface LoginObservation {
  path: ManifestPath;
  request: string;
  url: string;
  burst: LoginBurst;
}

export interface Unreachable {
  path: ManifestPath;
  /** What was being fetched, e.g. "GET https://app.example.com/". */
  request: string;
  message: string;
}

export type FindingSite = Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>;

/** Where a finding about a manifest entry points: the value at `path`, else the nearest parent found. */
export function siteOf(model: Pick<DomainModel, 'file' | 'locate'>, path: ManifestPath): FindingSite {
  for (let end = path.length; end >= 0; end--) {
    const position = model.locate(path.slice(0, end));
    if (position) return { file: model.file, line: position.line, column: position.column, endLine: position.endLine, endColumn: position.endColumn };
  }
  return { file: model.file };
}
