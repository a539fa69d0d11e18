import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { Agent, buildConnector } from 'undici';
import type { CookieJar } from './cookie-jar.js';
import { headersForUrl, sameOrigin } from './origin-guard.js';
import type { Method } from './request-line.js';

/**
 * The one HTTP client of the project (smoke, latency, sessions and the domain check): keep-alive
 * connections, redirects followed by hand so credentials never cross origins, one timeout over the
 * whole exchange (connect, TLS, headers, every body byte), and failures turned into values that say
 * what went wrong (refused, DNS, TLS, connect stall, timeout) instead of a stack trace.
 */

export interface OutgoingRequest {
  method: Method;
  url: URL;
  /** Sent wherever the request goes, except names that look like credentials off the origin. */
  headers: Record<string, string>;
  /** Session headers and headers holding secrets: sent only to the origin. */
  credentials?: Record<string, string>;
  body?: string;
}

export interface SendOptions {
  /** The origin credentials belong to, e.g. https://ops.example.com. */
  origin: string;
  /** Cookies are read from and stored into this jar, on the origin only. */
  jar?: CookieJar;
  /** The whole exchange, redirects included. */
  timeoutMs: number;
  /** The check's deadline and the user's interrupt. */
  signal?: AbortSignal;
  /** Default true. */
  followRedirects?: boolean;
  /** Default 10. */
  maxRedirects?: number;
  /**
   * Origins a redirect may lead to (the manifest's environments). A redirect anywhere else is not
   * followed: the exchange ends on the redirect, with `redirectRefused` naming where it pointed.
   */
  allowedOrigins?: readonly string[];
  /** TLS settings for this request only, e.g. the domain check's trust store. */
  tls?: TlsOptions;
}

export interface TlsOptions {
  /** The complete list of trusted roots (PEM); replaces Node's bundled ones. */
  roots?: readonly string[];
}

/** One redirect on the way to the final response. */
export interface Hop {
  method: Method;
  url: URL;
  status: number;
  location?: string;
}

export interface HttpResponse {
  status: number;
  url: URL;
  /** Lower-case names; repeated headers joined with ", " (Set-Cookie is kept apart). */
  headers: Record<string, string>;
  /** The Set-Cookie headers of every response in the exchange, redirects included, in order. */
  setCookie: string[];
  body: string;
  /** The body was longer than the client reads. */
  truncated: boolean;
}

export interface HttpExchange {
  method: Method;
  url: URL;
  response: HttpResponse;
  redirects: Hop[];
  /** Why a redirect was not followed although following was on, e.g. a 307 that would resend a body to another origin. */
  redirectNotFollowed?: string;
  /** The redirect target that was refused because its origin is not declared in the manifest. */
  redirectRefused?: string;
  ms: number;
}

export type TransportFailureKind = 'refused' | 'dns' | 'tls' | 'connect-timeout' | 'reset' | 'timeout' | 'deadline' | 'other';

/** The request got no response: the kind says why, `code` is the system or TLS error code. */
export class TransportError extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
    readonly url: URL,
    readonly ms: number,
    readonly code?: string,
  ) {
    super(message);
  }

  /** Nothing reached the server, so any request, even a POST, may be sent again. */
  get nothingSent(): boolean {
    return this.kind === 'refused' || this.kind === 'dns' || this.kind === 'connect-timeout';
  }
}

export interface HttpClientOptions {
  /** Extra certificate authorities (PEM) to trust besides the system's. */
  ca?: string | Buffer;
  userAgent?: string;
  /** The most of a body read into memory; the rest is discarded. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Milliseconds; injectable for tests. */
  clock?: () => number;
  /** Resolves host names (the domain check's resolver); the system's lookup otherwise. Same shape as dns.lookup. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  lookup?: (hostname: string, options: any, callback: (error: NodeJS.ErrnoException | null, address: any, family?: number) => void) => void;
  /** TLS settings of every request that gives none of its own. */
  tls?: TlsOptions;
  /** Default true. False opens a fresh connection per request, as a first-time visitor's would. */
  reuseConnections?: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

export class HttpClient {
  private readonly agents = new Map<string, Agent>();
  private readonly maxBodyBytes: number;
  private readonly clock: () => number;
  /** Connection attempts under way, by origin: a timeout while one is pending is a connect or TLS stall. */
  private readonly connecting = new Map<string, number>();
  /** Requests sent, redirects included (the domain check reports it). */
  requests = 0;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.clock = options.clock ?? (() => performance.now());
  }

  async send(request: OutgoingRequest, options: SendOptions): Promise<HttpExchange> {
    const started = this.clock();
    const timeout = AbortSignal.timeout(Math.max(1, options.timeoutMs));
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const agent = this.agent(options.tls ?? this.options.tls);
    const redirects: Hop[] = [];
    const setCookie: string[] = [];
    let { method, url, body } = request;
    let headers = { ...request.headers };
    const credentials = request.credentials ?? {};
    const maxRedirects = options.maxRedirects ?? 10;

    for (;;) {
      const outgoing = headersForUrl(url, options.origin, { plain: headers, credentials });
      const cookie = options.jar?.header(url);
      if (cookie) outgoing.cookie = cookie;
      if (this.options.userAgent && !hasHeader(outgoing, 'user-agent')) outgoing['user-agent'] = this.options.userAgent;

      let response: Awaited<ReturnType<Agent['request']>>;
      try {
        this.requests++;
        if (signal.aborted) throw signal.reason;
        // undici does not abort a connection attempt or a TLS handshake on the signal, so the race
        // makes the timeout hold from the first byte of connect.
        response = await abortable(agent.request({
          origin: url.origin, path: `${url.pathname}${url.search}`, method, headers: outgoing, body, signal,
          headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs,
        }), signal);
      } catch (error) {
        throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
      }

      const responseHeaders = flattenHeaders(response.headers);
      const cookies = asArray(response.headers['set-cookie']);
      setCookie.push(...cookies);
      options.jar?.store(url, cookies);
      const location = responseHeaders.location;
      const redirect = REDIRECTS.has(response.statusCode) && location !== undefined && options.followRedirects !== false;

      let next: URL | undefined;
      let notFollowed: string | undefined;
      let refused: string | undefined;
      // 303 always becomes GET; so do 301 and 302 after a POST, as every browser does.
      const becomesGet = response.statusCode === 303 ? method !== 'HEAD' : (response.statusCode === 301 || response.statusCode === 302) && method === 'POST';
      if (redirect) {
        next = resolveLocation(location, url);
        if (!next) notFollowed = `the redirect to ${location} is not an http(s) URL`;
        else if (redirects.length >= maxRedirects) notFollowed = `more than ${maxRedirects} redirects`;
        else if (options.allowedOrigins && !options.allowedOrigins.includes(next.origin)) {
          refused = next.href;
          notFollowed = `the redirect goes to ${next.origin}, which is not an origin the manifest declares`;
        } else if (!becomesGet && body !== undefined && !sameOrigin(next, url)) {
          // The method and its body would be sent again, and the body may hold a password: never to another origin.
          notFollowed = `a ${response.statusCode} would resend the ${method} body to ${next.origin}`;
        }
      }

      if (!redirect || notFollowed || !next) {
        let text: { body: string; truncated: boolean };
        try {
          text = await abortable(readBody(response.body, this.maxBodyBytes), signal);
        } catch (error) {
          response.body.destroy();
          throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
        }
        return {
          method: request.method,
          url: request.url,
          response: { status: response.statusCode, url, headers: responseHeaders, setCookie, ...text },
          redirects,
          ...(notFollowed ? { redirectNotFollowed: notFollowed } : {}),
          ...(refused ? { redirectRefused: refused } : {}),
          ms: Math.round(this.clock() - started),
        };
      }

      await response.body.dump().catch(() => undefined);
      redirects.push({ method, url, status: response.statusCode, location });
      if (becomesGet) {
        method = 'GET';
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !BODY_HEADERS.includes(name.toLowerCase())));
      }
      if (!sameOrigin(next, url)) {
        // Off the origin nothing of the request travels: no body, no manifest header, no credential.
        body = undefined;
        headers = {};
      }
      url = next;
    }
  }

  /** Closes every connection, including attempts still stalled in connect or TLS. */
  async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.destroy().catch(() => undefined)));
    this.agents.clear();
  }

  private agent(tls: TlsOptions | undefined): Agent {
    const key = tls?.roots ? `roots:${tls.roots.length}:${tls.roots.join('').length}` : 'default';
    let agent = this.agents.get(key);
    if (agent) return agent;
    // One secure context for every connection: parsing a few hundred roots per handshake is slow.
    // Giving `ca` replaces Node's bundled roots, so they are added back.
    let secureContext: SecureContext | undefined;
    if (tls?.roots) secureContext = createSecureContext({ ca: [...tls.roots] });
    else if (this.options.ca) secureContext = createSecureContext({ ca: [this.options.ca, ...rootCertificates] });
    const connector = buildConnector({
      ...(secureContext ? { secureContext } : {}),
      ...(this.options.lookup ? { lookup: this.options.lookup } : {}),
      // A stall is cut by the request's own timeout (the race in send); this only bounds the socket.
      timeout: 120_000,
    } as buildConnector.BuildOptions);
    agent = new Agent({
      connect: (opts, callback) => {
        const origin = `${opts.protocol}//${opts.hostname}`;
        this.connecting.set(origin, (this.connecting.get(origin) ?? 0) + 1);
        connector(opts, (error, socket) => {
          this.connecting.set(origin, (this.connecting.get(origin) ?? 1) - 1);
          // Callback typing is a union of (error, null) and (null, socket).
          (callback as (e: Error | null, s: unknown) => void)(error, socket);
        });
      },
      keepAliveTimeout: 4_000,
      ...(this.options.reuseConnections === false ? { pipelining: 0 } : {}),
    });
    this.agents.set(key, agent);
    return agent;
  }

  private failure(error: unknown, url: URL, started: number, timeout: AbortSignal, outer: AbortSignal | undefined, timeoutMs: number): TransportError {
    const ms = Math.round(this.clock() - started);
    if (error instanceof TransportError) return error;
    if (outer?.aborted) return new TransportError('deadline', `stopped: ${reasonText(outer.reason)}`, url, ms);
    const stalledConnecting = (this.connecting.get(`${url.protocol}//${url.hostname}`) ?? 0) > 0;
    if (timeout.aborted && stalledConnecting) {
      return new TransportError('connect-timeout', `could not connect to ${url.host} within ${formatMs(timeoutMs)} (no TCP connection or TLS handshake)`, url, ms);
    }
    if (timeout.aborted) return new TransportError('timeout', `no complete response within ${formatMs(timeoutMs)}`, url, ms);
    const code = errorCode(error);
    const detail = errorMessage(error);
    const kind = classify(code);
    const what: Record<TransportFailureKind, string> = {
      refused: `connection refused by ${url.host}`,
      dns: `${url.hostname} does not resolve (${code})`,
      tls: `TLS failed for ${url.host}: ${detail}`,
      'connect-timeout': `could not connect to ${url.host} in time`,
      reset: `the connection to ${url.host} was closed before a response arrived (${code ?? detail})`,
      timeout: `no complete response within ${formatMs(timeoutMs)}`,
      deadline: 'stopped',
      other: `the request to ${url.host} failed: ${detail}`,
    };
    return new TransportError(kind, what[kind], url, ms, code);
  }
}

/** Settles with the promise, or rejects as soon as the signal aborts (the promise's own outcome is then ignored). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}

/** What kind of failure a system or undici error code means (the latency check counts failures by kind). */
export function classify(code: string | undefined): TransportFailureKind {
  if (!code) return 'other';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return 'connect-timeout';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
  // UNABLE_TO_VERIFY_LEAF_SIGNATURE (a CA the runner does not trust) names no CERT or TLS.
  if (/CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME|EPROTO|VERIFY|ISSUER/.test(code)) return 'tls';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED' || code === 'ECONNABORTED') return 'reset';
  return 'other';
}

/** The most specific code in an error and its causes (undici wraps the socket's error). */
export function errorCode(error: unknown): string | undefined {
  let found: string | undefined;
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') found = e.code;
  }
  return found;
}

/** The innermost message of an error and its causes. */
export function errorMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let e = (error as { cause?: unknown })?.cause, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) message = e.message;
  return message.replace(/^Error: /, '');
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'aborted';
}

export function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() === name);
}

function asArray(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'set-cookie') continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function resolveLocation(location: string, base: URL): URL | undefined {
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

async function readBody(stream: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      return { body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), truncated: true };
    }
  }
  return { body: Buffer.concat(chunks).toString('utf8'), truncated: false };
}
