import { TransportError, type HttpClient, type HttpResponse } from '../../http/client.js';
import type { Method } from '../../http/request-line.js';

/**
 * One exchange of the domain check over the project's HttpClient, never following redirects (the
 * redirect walker follows them by hand, the header inspector wants the page itself), its failure as a
 * message for a finding rather than a throw.
 */

export type ProbeResult = { ok: true; response: HttpResponse } | { ok: false; message: string };

export interface ProbeTransport {
  client: HttpClient;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ProbeRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export async function probeRequest(http: ProbeTransport, request: ProbeRequest): Promise<ProbeResult> {
  const headers = { accept: 'text/html,application/json;q=0.9,*/*;q=0.8', ...request.headers };
  try {
    const exchange = await http.client.send(
      { method: request.method as Method, url: request.url, headers, ...(request.body !== undefined ? { body: request.body } : {}) },
      { origin: request.url.origin, timeoutMs: http.timeoutMs, signal: http.signal, followRedirects: false },
    );
    return { ok: true, response: exchange.response };
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    if (error.kind === 'deadline') return { ok: false, message: 'stopped before a response arrived' };
    if (error.kind === 'refused') return { ok: false, message: `${request.url.host} refused the connection` };
    return { ok: false, message: error.message };
  }
}
