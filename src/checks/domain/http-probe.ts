import { createSecureContext } from 'node:tls';
import { Agent } from 'undici';
import { formatMs } from '../../http/client.js';
import type { DnsClient } from './dns-client.js';

/**
 * One HTTP exchange at a time, never following redirects: the redirect walker follows them by hand,
 * and the header inspector wants the page itself. Names resolve through the check's resolver, so a
 * request to https://app.example.test/ connects to the address the test zone gives, with the name as
 * SNI and Host. Every request has a timeout; a failure comes back as a message, never as a throw.
 *
 * (The shared client in src/http does not take a resolver yet; when it does, this can be replaced.)
 */

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". Set-Cookie is kept apart. */
  headers: Record<string, string>;
  setCookie: string[];
  body: string;
}

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; message: string };

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpProbeOptions {
  /** When set, every name is looked up through it; otherwise the system's lookup is used. */
  dns?: DnsClient;
  /** Trusted roots: the system's plus any extra CA, or undefined for Node's defaults. */
  ca?: string[];
  timeoutMs: number;
  signal?: AbortSignal;
  userAgent: string;
}

const MAX_BODY_BYTES = 512 * 1024;

export class HttpProbe {
  private readonly agent: Agent;
  /** Requests sent, for the check's metrics. */
  requests = 0;

  constructor(private readonly options: HttpProbeOptions) {
    this.agent = new Agent({
      connect: {
        timeout: options.timeoutMs,
        // One context for every connection: parsing a few hundred roots per handshake is slow.
        ...(options.ca ? { secureContext: createSecureContext({ ca: options.ca }) } : {}),
        ...(options.dns ? { lookup: options.dns.lookup } : {}),
      },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      // No connection reuse: each request stands alone, as a fresh visitor's would.
      pipelining: 0,
    });
  }

  async send(request: HttpRequest): Promise<HttpResult> {
    this.requests++;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
    const headers = { 'user-agent': this.options.userAgent, accept: 'text/html,application/json;q=0.9,*/*;q=0.8', ...request.headers };
    try {
      const response = await this.agent.request({
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method as 'GET',
        headers,
        body: request.body,
        signal,
      });
      const flat: Record<string, string> = {};
      let setCookie: string[] = [];
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined) continue;
        if (name.toLowerCase() === 'set-cookie') setCookie = Array.isArray(value) ? value : [value];
        else flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      const body = await readCapped(response.body, MAX_BODY_BYTES);
      return { ok: true, response: { status: response.statusCode, headers: flat, setCookie, body } };
    } catch (error) {
      if (this.options.signal?.aborted) return { ok: false, message: 'stopped before a response arrived' };
      if (timeout.aborted) return { ok: false, message: `no response within ${formatMs(this.options.timeoutMs)}` };
      return { ok: false, message: describeFailure(error, request.url) };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

async function readCapped(stream: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function describeFailure(error: unknown, url: URL): string {
  let code: string | undefined;
  let message = error instanceof Error ? error.message : String(error);
  for (let e = error as { code?: unknown; cause?: unknown; message?: string } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') code = e.code;
    if (typeof e.message === 'string' && e.message) message = e.message;
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `${url.host} refused the connection`;
    case 'ENOTFOUND':
      return message.includes(url.hostname) ? message : `${url.hostname} does not resolve`;
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `could not connect to ${url.host} in time`;
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'no complete response in time';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return `${url.host} closed the connection before answering`;
    default:
      if (code && /CERT|SSL|TLS|SELF_SIGNED|ALTNAME|EPROTO/.test(code)) return `TLS failed for ${url.host}: ${message} (${code})`;
      return `the request to ${url.host} failed: ${message}${code ? ` (${code})` : ''}`;
  }
}
