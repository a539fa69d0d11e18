import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test servers with known latency shapes. Each request is held for the delay its shape gives (a
 * timer, so the server never blocks and the load generator in the same process keeps its schedule),
 * and every arrival is recorded with the delay applied: the true latencies a load tool should report.
 */

export interface Arrival {
  /** 0-based, in arrival order. */
  index: number;
  /** Milliseconds since the server started (performance.now based). */
  at: number;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** The delay the shape gave this request, in milliseconds. */
  delayMs: number;
  /**
   * From arrival to the answer, as it happened, once answered: the delay, plus however late the
   * timer fired (tens of milliseconds on a busy machine).
   */
  heldMs?: number;
}

/** How long to hold a request, from its arrival. */
export type Shape = (arrival: Omit<Arrival, 'delayMs' | 'heldMs'>) => number;

export interface ShapedServer {
  url: string;
  arrivals: Arrival[];
  /** Requests answered so far. */
  answered: number;
  close(): Promise<void>;
}

export interface ShapedServerOptions {
  /** The status to answer (default 200). */
  status?: (arrival: Omit<Arrival, 'delayMs' | 'heldMs'>) => number;
  /** Extra handling before the shape applies, e.g. a login route; return true when it answered. */
  route?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean;
}

export async function startShapedServer(shape: Shape, options: ShapedServerOptions = {}): Promise<ShapedServer> {
  const started = performance.now();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (options.route?.(req, res, Buffer.concat(chunks).toString('utf8'))) return;
      const base = { index: result.arrivals.length, at: performance.now() - started, method: req.method ?? '', url: req.url ?? '', headers: req.headers };
      const delayMs = Math.max(0, shape(base));
      const arrival: Arrival = { ...base, delayMs };
      result.arrivals.push(arrival);
      const status = options.status?.(base) ?? 200;
      const answer = () => {
        timers.delete(timer);
        result.answered++;
        arrival.heldMs = performance.now() - started - base.at;
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end('ok');
      };
      const timer = setTimeout(answer, delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result: ShapedServer = {
    url: `http://127.0.0.1:${port}`,
    arrivals: [],
    answered: 0,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
  return result;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

export const SHAPES = {
  /** A fixed delay. */
  constant: (ms: number): Shape => () => ms,
  /**
   * Delays spread evenly over [minMs, maxMs]: the golden-ratio sequence fills the range evenly for
   * any number of requests, so the p-th percentile is minMs + p/100 × (maxMs − minMs).
   */
  uniform: (minMs: number, maxMs: number): Shape => ({ index }) => minMs + (maxMs - minMs) * ((index * GOLDEN) % 1),
  /** Every `slowEvery`-th request takes slowMs, the others fastMs. */
  bimodal: (fastMs: number, slowMs: number, slowEvery: number): Shape => ({ index }) => (index % slowEvery === slowEvery - 1 ? slowMs : fastMs),
  /**
   * The server stalls for stallMs at the start of every periodMs: a request arriving during a stall
   * waits for its end, then baseMs. Under an open load the p-th percentile (p above the share of
   * time not stalled) is baseMs + stallMs − (1 − p/100) × periodMs.
   */
  periodicStall: (periodMs: number, stallMs: number, baseMs: number): Shape => ({ at }) => {
    const phase = at % periodMs;
    return phase < stallMs ? stallMs - phase + baseMs : baseMs;
  },
};

/** The p-th percentile by nearest rank, as HdrHistogram computes it. */
export function nearestRank(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Requests per second the server saw, from the first arrival to one interval after the last. */
export function arrivalRate(arrivals: readonly Arrival[]): number {
  if (arrivals.length < 2) return 0;
  const span = arrivals[arrivals.length - 1]!.at - arrivals[0]!.at;
  // n arrivals span n − 1 intervals.
  return ((arrivals.length - 1) * 1000) / span;
}

/**
 * The demo's planted latency problem, as a hook for startDemoApp({ latency }): the dashboard answers
 * at once when loaded alone (the smoke steps), and takes `slowMs` once more than `perSecond`
 * dashboard loads arrive within a second, as a page that serializes on a lock does under load.
 */
export function dashboardSlowUnderLoad(slowMs = 800, perSecond = 5): (req: IncomingMessage) => number {
  const recent: number[] = [];
  return (req) => {
    if ((req.url ?? '').split('?')[0] !== '/dashboard') return 0;
    const now = performance.now();
    recent.push(now);
    while (recent[0]! < now - 1000) recent.shift();
    return recent.length > perSecond ? slowMs : 0;
  };
}
