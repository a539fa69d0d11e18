import { rootCertificates } from 'node:tls';
import { Agent } from 'undici';
import type { CookieJar } from './cookie-jar.js';
import { headersForUrl, sameOrigin } from './origin-guard.js';
import type { Method } from './request-line.js';

/**
 * The HTTP client smoke and latency share: keep-alive connections (one undici Agent), redirects
 * followed by hand so credentials never cross origins, a timeout per request, and failures turned into
 * values that say what went wrong (refused, DNS, TLS, timeout) instead of a stack trace.
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
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

export class HttpClient {
  private readonly agent: Agent;
  private readonly maxBodyBytes: number;
  private readonly clock: () => number;

  constructor(private readonly options: HttpClientOptions = {}) {
    // Giving `ca` replaces Node's bundled roots, so they are added back.
    const ca = options.ca ? [options.ca, ...rootCertificates] : undefined;
    this.agent = new Agent({ connect: ca ? { ca } : {}, keepAliveTimeout: 4_000 });
    this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.clock = options.clock ?? (() => performance.now());
  }

  async send(request: OutgoingRequest, options: SendOptions): Promise<HttpExchange> {
    const started = this.clock();
    const timeout = AbortSignal.timeout(Math.max(1, options.timeoutMs));
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const redirects: Hop[] = [];
    const setCookie: string[] = [];
    let { method, url, body } = request;
    let headers = { ...request.headers };
    const maxRedirects = options.maxRedirects ?? 10;

    for (;;) {
      const outgoing = headersForUrl(url, options.origin, { plain: headers, credentials: request.credentials ?? {} });
      const cookie = options.jar?.header(url);
      if (cookie) outgoing.cookie = cookie;
      if (this.options.userAgent && !hasHeader(outgoing, 'user-agent')) outgoing['user-agent'] = this.options.userAgent;

      let response: Awaited<ReturnType<Agent['request']>>;
      try {
        response = await this.agent.request({
          origin: url.origin, path: `${url.pathname}${url.search}`, method, headers: outgoing, body, signal,
          headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs,
        });
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
      if (redirect) {
        next = resolveLocation(location, url);
        if (!next) notFollowed = `the redirect to ${location} is not an http(s) URL`;
        else if (redirects.length >= maxRedirects) notFollowed = `more than ${maxRedirects} redirects`;
        else if ((response.statusCode === 307 || response.statusCode === 308) && body !== undefined && !sameOrigin(next, options.origin)) {
          // 307/308 resend the body, which may hold a password: never to another origin.
          notFollowed = `a ${response.statusCode} would resend the request body to ${next.origin}`;
        }
      }

      if (!redirect || notFollowed || !next) {
        let text: { body: string; truncated: boolean };
        try {
          text = await readBody(response.body, this.maxBodyBytes);
        } catch (error) {
          throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
        }
        return {
          method: request.method,
          url: request.url,
          response: { status: response.statusCode, url, headers: responseHeaders, setCookie, ...text },
          redirects,
          ...(notFollowed ? { redirectNotFollowed: notFollowed } : {}),
          ms: Math.round(this.clock() - started),
        };
      }

      await response.body.dump().catch(() => undefined);
      redirects.push({ method, url, status: response.statusCode, location });
      // 303 always becomes GET; so do 301 and 302 after a POST, as every browser does.
      if (response.statusCode === 303 ? method !== 'HEAD' : (response.statusCode === 301 || response.statusCode === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !BODY_HEADERS.includes(name.toLowerCase())));
      }
      url = next;
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private failure(error: unknown, url: URL, started: number, timeout: AbortSignal, outer: AbortSignal | undefined, timeoutMs: number): TransportError {
    const ms = Math.round(this.clock() - started);
    if (outer?.aborted) return new TransportError('deadline', `stopped: ${reasonText(outer.reason)}`, url, ms);
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
