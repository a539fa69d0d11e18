import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server standing in for the GitHub REST API (point GITHUB_API_URL at `url`). Every
 * request is recorded as it arrived; answers come from routes keyed "METHOD /path" (no query), and a
 * route may be given one-shot answers first (`once`) to script failures: a 502, a rate limit, a hang.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (a timeout on the client's side). */
  hang?: boolean;
}

export type Route = (request: RecordedRequest) => Answer;

export interface GithubApiStandIn {
  url: string;
  requests: RecordedRequest[];
  /** The route answers every request that has no one-shot answer left. */
  route(key: string, route: Route | Answer): void;
  /** Answers the next request to `key` with these, in order, before its route. */
  once(key: string, ...answers: Answer[]): void;
  /** "METHOD /path" of each request, in order. */
  calls(): string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startGithubApi(options: { prefix?: string } = {}): Promise<GithubApiStandIn> {
  const prefix = options.prefix ?? '';
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, Route>();
  const pending = new Map<string, Answer[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      const request: RecordedRequest = { method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
      requests.push(request);
      const key = `${request.method} ${path}`;
      const queued = pending.get(key);
      const answer = queued?.length ? queued.shift()! : routes.get(key)?.(request) ?? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      if (answer.hang) return;
      const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, { ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...answer.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    route: (key, route) => void routes.set(key, typeof route === 'function' ? route : () => route),
    once: (key, ...answers) => void pending.set(key, [...(pending.get(key) ?? []), ...answers]),
    calls: () => requests.map((r) => `${r.method} ${r.path}`),
    reset: () => {
      requests.length = 0;
      routes.clear();
      pending.clear();
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
