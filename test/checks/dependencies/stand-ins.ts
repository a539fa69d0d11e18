import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Loopback stand-ins for the OSV API and the package registries. They answer from tables the tests
 * write, and record every request, so a test can see what was asked and how often.
 */

export interface Recorded {
  method: string;
  path: string;
  body: string;
}

export interface StandIn {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

type Handler = (req: Recorded, res: ServerResponse) => void;

async function start(handler: Handler): Promise<StandIn> {
  const requests: Recorded[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export interface OsvRecordFixture {
  id: string;
  summary?: string;
  database_specific?: { severity?: string };
  affected: { package: { ecosystem: string; name: string }; ranges?: { type: string; events: Record<string, string>[] }[]; versions?: string[] }[];
}

/**
 * The OSV API: POST /v1/querybatch answers, for each query, the ids of the records whose `versions`
 * list the queried version (the stand-in matches exact versions only; ranges are the client's
 * business when it reads a record), and GET /v1/vulns/{id} returns the record.
 */
export async function startOsvStandIn(records: OsvRecordFixture[], options: { failWith?: number } = {}): Promise<StandIn> {
  return start((req, res) => {
    if (options.failWith) return json(res, options.failWith, { code: 13, message: 'internal' });
    if (req.method === 'POST' && req.path === '/v1/querybatch') {
      const { queries } = JSON.parse(req.body) as { queries: { package: { ecosystem: string; name: string }; version: string }[] };
      const results = queries.map((q) => {
        const vulns = records
          .filter((r) => r.affected.some((a) => a.package.ecosystem === q.package.ecosystem && a.package.name === q.package.name && a.versions?.includes(q.version)))
          .map((r) => ({ id: r.id, modified: '2026-11-01T00:00:00Z' }));
        return vulns.length ? { vulns } : {};
      });
      return json(res, 200, { results });
    }
    const vuln = /^\/v1\/vulns\/(.+)$/.exec(req.path);
    if (req.method === 'GET' && vuln) {
      const record = records.find((r) => r.id === decodeURIComponent(vuln[1]!));
      return record ? json(res, 200, record) : json(res, 404, { code: 5, message: 'Bug not found.' });
    }
    json(res, 404, { message: 'not found' });
  });
}

/** One registry stand-in for every ecosystem's JSON API, from path → body. Unknown paths are 404. */
export async function startRegistryStandIn(documents: Record<string, unknown>): Promise<StandIn> {
  return start((req, res) => {
    const doc = documents[req.path];
    if (doc === undefined) return json(res, 404, { error: 'Not found' });
    json(res, 200, doc);
  });
}
