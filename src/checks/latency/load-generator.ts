import { createSecureContext } from 'node:tls';
import type { CookieJar } from '../../http/cookie-jar.js';
import { createHistogram, createWindowHistogram, LatencyRecorder, type LatencyHistogram } from './histogram.js';
import { InvalidLoadRequestError, LoadClient, prepareRequest, type PreparedRequest, type RequestSource, type SourcedRequest } from './load-client.js';

/**
 * The open-model load generator. Requests are due on a fixed schedule (the k-th at start + k/rate)
 * and go out when due whatever the earlier ones are doing; each latency is measured from the time the
 * request was due, not from when it was sent, so a stalled server or a late generator counts in full
 * (no coordinated omission). It never waits for a response before sending the next request.
 *
 * It knows nothing of caps: the plan it is given has already been capped (src/checks/latency/plan.ts).
 */

/** One endpoint, ready to send: the request is built once, before the load starts. */
export interface LoadEndpoint {
  method: string;
  /** Path and query on the origin. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Requests per second. */
  rate: number;
  /** The session's cookie jar: cookies the load receives are kept and sent back, on the origin only. */
  jar?: CookieJar;
  /** Also tally the measured requests in windows of this length, by due time, for windowed thresholds. */
  windowMs?: number;
}

export interface LoadOptions {
  /** The only origin this load can reach: the load client is bound to it. */
  origin: string;
  endpoints: readonly LoadEndpoint[];
  warmupMs: number;
  durationMs: number;
  /** Per request, once sent: headers and each body chunk must arrive within it. */
  timeoutMs: number;
  maxInFlight: number;
  /**
   * Requests this load may send in all, the untimed first request and warmup included (max-requests).
   * When the schedule fills it, the untimed request is left out rather than the budget exceeded.
   */
  maxRequests?: number;
  /** Connections the client may open (default maxInFlight); requests beyond them wait in its queue, timed from their due time. */
  connections?: number;
  /** Stop when more than `errorRate` of the last `window` finished requests failed, once `minimum` have. */
  stop: { errorRate: number; window: number; minimum: number };
  signal?: AbortSignal;
  userAgent?: string;
  /** Milliseconds, monotonic; for tests. */
  clock?: () => number;
  /** Connection options (e.g. a CA) for https origins. */
  connect?: { ca?: string | Buffer | (string | Buffer)[] };
}

/** Why requests failed, by kind: `status 503`, `timeout`, `refused`, `in-flight cap`, ... */
export interface FailureTally {
  count: number;
  /** One message of this kind, as it came. */
  example: string;
}

/** The requests of one endpoint that fell due within one window of the measured load. */
export interface WindowTally {
  /** From the start of the measured load. */
  startMs: number;
  histogram: LatencyHistogram;
  due: number;
  errors: number;
  /** Sent and not yet answered; counted as errors if the run ends first. */
  waiting: number;
}

export interface EndpointTally {
  /** Microseconds from due time to the end of the response: every response, whatever its status, and every timeout. */
  histogram: LatencyHistogram;
  /** Requests due in the measured window. */
  due: number;
  sent: number;
  errors: number;
  /** Due while maxInFlight requests were waiting: not sent, counted as errors. */
  dropped: number;
  statuses: Map<number, number>;
  failures: Map<string, FailureTally>;
  /** With the endpoint's windowMs: one tally per window, in order (empty otherwise). */
  windows: WindowTally[];
}

export interface LoadResult {
  endpoints: EndpointTally[];
  overall: LatencyHistogram;
  /** Microseconds between due time and the moment a request was handed to the load client. */
  sendLag: LatencyHistogram;
  /** Measured window only. */
  due: number;
  sent: number;
  dropped: number;
  /** Every request sent, warmup included. */
  sentTotal: number;
  /** Requests sent in the measured window per second of it. */
  achievedRate: number;
  /** The measured window as it happened (shorter after an early stop, longer when the generator lagged). */
  measuredMs: number;
  peakInFlight: number;
  stopped?: { kind: 'error-rate' | 'interrupted'; message: string; afterMs: number };
}

const noop = () => undefined;

/** The request of an Outstanding that fails before it is sent (it has none that HTTP can carry). */
const NOT_SENT: PreparedRequest = { method: '', bytes: Buffer.alloc(0), head: false, retryable: false };

/** The most connections opened before the schedule starts; the load opens more when it needs them. */
const PRECONNECT = 32;

/** Where a request's outcome goes: the state of one generateLoad call. */
interface LoadSink {
  headers(i: number, setCookie: string[]): void;
  /** `at`: when the response completed, on the load's clock (undefined: now). */
  finish(request: Outstanding, at: number | undefined, failed: boolean, kind?: string, message?: string): void;
}

/**
 * A request sent and not yet answered: its own handler, so that no closure is made per request. It is
 * declared once, here: a class declared inside generateLoad would be a new class, with new shapes, in
 * every run, and after a few runs in one process (as the bench's search makes) every property access
 * on it and every call to it from the load client would go through V8's slowest (megamorphic) path.
 */
class Outstanding implements SourcedRequest {
  status = 0;
  constructor(
    private readonly sink: LoadSink,
    readonly i: number,
    readonly due: number,
    readonly tally: EndpointTally | undefined,
    readonly win: WindowTally | undefined,
    readonly request: PreparedRequest,
  ) {}

  onHeaders(status: number, setCookie: string[] | undefined): void {
    this.status = status;
    if (setCookie !== undefined) this.sink.headers(this.i, setCookie);
  }

  onComplete(at: number): void {
    if (this.status >= 400) this.sink.finish(this, at, true, `status ${this.status}`, `HTTP ${this.status}`);
    else this.sink.finish(this, at, false);
  }

  onError(kind: string, message: string): void {
    this.sink.finish(this, undefined, true, kind, message);
  }
}

/**
 * The requests due that no connection has taken yet, oldest first, as their places on the schedule
 * and their endpoints: two numbers each in a ring of typed arrays, where a backlog of thousands of
 * request objects would survive the young generation's collections and be copied by each of them.
 */
class Backlog implements RequestSource {
  private ks = new Float64Array(256);
  private is = new Uint32Array(256);
  private head = 0;
  /** Requests in the backlog. */
  waiting = 0;

  /** `make`: the request due `k`-th on the schedule, to endpoint `i`, made when a connection takes it. */
  constructor(private readonly make: (k: number, i: number) => SourcedRequest) {}

  push(k: number, i: number): void {
    if (this.waiting === this.ks.length) this.grow();
    const at = (this.head + this.waiting) & (this.ks.length - 1);
    this.ks[at] = k;
    this.is[at] = i;
    this.waiting++;
  }

  /** The oldest request, made now; only while `waiting` is above 0. */
  take(): SourcedRequest {
    const k = this.ks[this.head]!;
    const i = this.is[this.head]!;
    this.head = (this.head + 1) & (this.ks.length - 1);
    this.waiting--;
    return this.make(k, i);
  }

  /** Twice the room, the requests kept in order from the start. */
  private grow(): void {
    const ks = new Float64Array(this.ks.length * 2);
    const is = new Uint32Array(this.is.length * 2);
    for (let n = 0; n < this.waiting; n++) {
      const at = (this.head + n) & (this.ks.length - 1);
      ks[n] = this.ks[at]!;
      is[n] = this.is[at]!;
    }
    this.ks = ks;
    this.is = is;
    this.head = 0;
  }
}

export async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  const clock = options.clock ?? (() => performance.now());
  const totalRate = options.endpoints.reduce((sum, e) => sum + e.rate, 0);
  const intervalMs = 1000 / totalRate;
  const budget = options.maxRequests ?? Number.POSITIVE_INFINITY;
  // The plan already fits the schedule in the budget; the sum of the endpoints' rates can round one over.
  const total = Math.min(Math.floor((totalRate * (options.warmupMs + options.durationMs)) / 1000), budget);
  const firstMeasured = Math.ceil((totalRate * options.warmupMs) / 1000 - 1e-9);

  const tallies: EndpointTally[] = options.endpoints.map(() => ({
    histogram: createHistogram(), due: 0, sent: 0, errors: 0, dropped: 0, statuses: new Map(), failures: new Map(), windows: [],
  }));
  // The window a measured request belongs to, by its due time (k requests in, at a fixed interval).
  const windowOf = (tally: EndpointTally, i: number, k: number): WindowTally | undefined => {
    const windowMs = options.endpoints[i]!.windowMs;
    if (!windowMs) return undefined;
    const index = Math.floor(((k - firstMeasured) * intervalMs) / windowMs + 1e-9);
    for (let w = tally.windows.length; w <= index; w++) {
      tally.windows.push({ startMs: w * windowMs, histogram: createWindowHistogram(), due: 0, errors: 0, waiting: 0 });
    }
    return tally.windows[index];
  };
  // Every response and every send is recorded; the recorders' fast path keeps that cheap (flushed at the end).
  const latencies = tallies.map((tally) => new LatencyRecorder(tally.histogram));
  const sendLag = new LatencyRecorder(createHistogram());
  // Requests due while every connection is busy wait in the backlog, and their objects are made when a
  // connection takes one. Not with a cookie jar: such a request is serialized with the cookies known
  // when it falls due, so it is made then and waits in the client's queue.
  const backlog = options.endpoints.some((e) => e.jar) ? undefined : new Backlog((k, i) => {
    const tally = k >= firstMeasured ? tallies[i] : undefined;
    return new Outstanding(sink, i, start + k * intervalMs, tally, tally ? windowOf(tally, i, k) : undefined, requestOf(i) as PreparedRequest);
  });
  const client = new LoadClient({
    origin: options.origin,
    connections: options.connections ?? options.maxInFlight,
    timeoutMs: options.timeoutMs,
    clock,
    ...(backlog ? { source: backlog } : {}),
    ...(options.connect?.ca ? { secureContext: createSecureContext({ ca: options.connect.ca }) } : {}),
  });
  const headers = options.endpoints.map((e): Record<string, string> => ({ ...(options.userAgent ? { 'user-agent': options.userAgent } : {}), ...e.headers }));
  // Each endpoint's request is serialized once, and again whenever a response set a cookie in its session's jar.
  const prepared: (PreparedRequest | InvalidLoadRequestError | undefined)[] = options.endpoints.map(() => undefined);
  // Measured requests waiting for a response, per endpoint; completions after `closed` are not counted.
  const waiting = options.endpoints.map(() => 0);
  let closed = false;

  // Smooth weighted round robin: each endpoint gets exactly its share of the slots, evenly spread.
  const credit = options.endpoints.map(() => 0);
  const pick = (): number => {
    let best = 0;
    for (let i = 0; i < credit.length; i++) {
      credit[i]! += options.endpoints[i]!.rate;
      if (credit[i]! > credit[best]!) best = i;
    }
    credit[best]! -= totalRate;
    return best;
  };

  // The early-stop window: the outcomes of the last `window` finished requests.
  const window = new Uint8Array(Math.max(1, options.stop.window));
  let windowFilled = 0;
  let windowPos = 0;
  let windowErrors = 0;

  let start = 0;
  let next = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let sentTotal = 0;
  let lastMeasuredSend = 0;
  let stopped: LoadResult['stopped'];
  let stoppedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let finishSchedule: () => void = noop;
  let onStop: () => void = noop;
  const stopping = new Promise<void>((resolve) => (onStop = resolve));
  let drained: () => void = noop;

  const stop = (kind: 'error-rate' | 'interrupted', message: string) => {
    if (stopped) return;
    stoppedAt = clock();
    // afterMs counts from the first due request; a stop before it (during the first request) is 0.
    stopped = { kind, message, afterMs: start > 0 ? Math.max(0, stoppedAt - start) : 0 };
    closed = true;
    clearTimeout(timer);
    clearImmediate(immediate);
    finishSchedule();
    onStop();
  };

  const countOutcome = (failed: boolean) => {
    if (windowFilled === window.length) windowErrors -= window[windowPos]!;
    else windowFilled++;
    window[windowPos] = failed ? 1 : 0;
    windowErrors += failed ? 1 : 0;
    windowPos = (windowPos + 1) % window.length;
    // Only while requests are still to be sent: stopping after the last one would save nothing.
    if (failed && next < total && windowFilled >= options.stop.minimum && windowErrors / windowFilled > options.stop.errorRate) {
      stop('error-rate', `${windowErrors} of the last ${windowFilled} requests failed, more than the stop-error-rate of ${Math.round(options.stop.errorRate * 1000) / 10}%`);
    }
  };

  const fail = (tally: EndpointTally | undefined, kind: string, message: string, win?: WindowTally) => {
    countOutcome(true);
    if (!tally) return;
    tally.errors++;
    if (win) win.errors++;
    const known = tally.failures.get(kind);
    if (known) known.count++;
    else tally.failures.set(kind, { count: 1, example: message });
  };

  const requestOf = (i: number): PreparedRequest | InvalidLoadRequestError => {
    const known = prepared[i];
    if (known) return known;
    const endpoint = options.endpoints[i]!;
    if (endpoint.jar) {
      const cookie = endpoint.jar.header(new URL(endpoint.path, options.origin));
      if (cookie) headers[i]!.cookie = cookie;
      else delete headers[i]!.cookie;
    }
    try {
      return (prepared[i] = prepareRequest(options.origin, endpoint.method, endpoint.path, headers[i]!, endpoint.body));
    } catch (error) {
      if (!(error instanceof InvalidLoadRequestError)) throw error;
      return (prepared[i] = error);
    }
  };

  const send = (k: number, due: number) => {
    const i = pick();
    const measured = k >= firstMeasured;
    const tally = measured ? tallies[i] : undefined;
    const win = tally ? windowOf(tally, i, k) : undefined;
    if (tally) tally.due++;
    if (win) win.due++;
    if (inFlight >= options.maxInFlight) {
      if (tally) tally.dropped++;
      fail(tally, 'in-flight cap', `not sent: ${options.maxInFlight} requests were already waiting for a response`, win);
      return;
    }
    const sentAt = clock();
    if (tally) {
      tally.sent++;
      sendLag.record(Math.max(0, Math.round((sentAt - due) * 1000)));
      lastMeasuredSend = sentAt;
    }
    sentTotal++;
    inFlight++;
    if (inFlight > peakInFlight) peakInFlight = inFlight;
    if (tally) waiting[i]!++;
    if (win) win.waiting++;

    const request = requestOf(i);
    if (request instanceof InvalidLoadRequestError) {
      // A cookie the app set that HTTP cannot carry back: this request cannot be sent as it stands.
      sink.finish(new Outstanding(sink, i, due, tally, win, NOT_SENT), undefined, true, 'invalid request', request.message);
      return;
    }
    // Every connection busy: the request waits as a place on the schedule (its due time is start + k
    // times the interval, as here; its send lag is taken above, now that it is handed over).
    if (backlog && (backlog.waiting > 0 || client.idleConnections === 0)) {
      backlog.push(k, i);
      client.sourceGrew();
      return;
    }
    client.send(request, new Outstanding(sink, i, due, tally, win, request), sentAt);
  };

  // What every Outstanding request reports to; an object literal, so it has one shape in every run.
  const sink: LoadSink = {
    headers(i, setCookie) {
      const endpoint = options.endpoints[i]!;
      if (endpoint.jar) storeCookies(endpoint, setCookie);
    },
    finish(request, at, failed, kind, message) {
      if (closed) return;
      inFlight--;
      const { tally, win, i } = request;
      if (tally) {
        waiting[i]!--;
        if (win) win.waiting--;
        // Every response and every timeout is a latency; a timeout took at least this long.
        const answered = !failed || kind!.startsWith('status ');
        if (answered || kind === 'timeout') {
          const latency = Math.max(1, Math.round(((at ?? clock()) - request.due) * 1000));
          latencies[i]!.record(latency);
          win?.histogram.recordValue(latency);
        }
        if (answered) tally.statuses.set(request.status, (tally.statuses.get(request.status) ?? 0) + 1);
      }
      if (failed) fail(tally, kind!, message!, win);
      else countOutcome(false);
      if (inFlight === 0) drained();
    },
  };

  /** Keeps the cookies a response sets in the session's jar; the session's endpoints send them from then on. */
  const storeCookies = (endpoint: LoadEndpoint, cookies: string[]) => {
    endpoint.jar!.store(new URL(endpoint.path, options.origin), cookies);
    options.endpoints.forEach((e, j) => {
      if (e.jar === endpoint.jar) prepared[j] = undefined;
    });
  };

  const onAbort = () => stop('interrupted', `the run was interrupted${options.signal?.reason instanceof Error ? ` (${options.signal.reason.message})` : ''}`);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    // One untimed request first: it opens a connection and loads the HTTP parser, which would
    // otherwise stall the first few due requests. Only a read is ever repeated this way.
    const read = options.endpoints.findIndex((e) => e.method === 'GET' || e.method === 'HEAD');
    // How long the untimed request took, connecting included, when it was answered.
    let preflightMs: number | undefined;
    if (read >= 0 && !stopped && total > 0 && total < budget) {
      const request = requestOf(read);
      let exchange: ReturnType<LoadClient['send']> | undefined;
      const preflight = request instanceof InvalidLoadRequestError
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
          // Cookies it receives are kept like the load's own, so the first due request already sends them.
          const onHeaders = (_status: number, setCookie: string[] | undefined) => {
            const endpoint = options.endpoints[read]!;
            if (setCookie !== undefined && endpoint.jar) storeCookies(endpoint, setCookie);
          };
          const sentAt = clock();
          const onComplete = (at: number) => {
            preflightMs = at - sentAt;
            resolve();
          };
          exchange = client.send(request, { onHeaders, onComplete, onError: () => resolve() }, sentAt);
        });
      let guard: NodeJS.Timeout | undefined;
      // Its timeout covers the whole exchange, connect included: a body that trickles in forever must not hold the run.
      const deadline = new Promise<void>((resolve) => { guard = setTimeout(resolve, Math.max(1, options.timeoutMs)); });
      await Promise.race([preflight, stopping, deadline]);
      clearTimeout(guard);
      if (exchange) client.cancel(exchange);
    }

    // The connections the schedule needs from its start (its rate times one answer's time, as the
    // untimed request took), opened before it starts, as wrk opens its own first: otherwise the first
    // due requests queue while they open, and near the server's capacity that queue drains slowly.
    // At most PRECONNECT of them: a first answer that was slow only because the app was cold must not
    // open hundreds of connections the load will never use.
    const wanted = preflightMs === undefined ? 0 : Math.min(PRECONNECT, Math.ceil((totalRate * preflightMs) / 1000));
    if (wanted > 1 && !stopped) {
      let guard: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => { guard = setTimeout(resolve, Math.max(1, options.timeoutMs)); });
      await Promise.race([client.preconnect(wanted), stopping, deadline]);
      clearTimeout(guard);
    }

    if (!stopped && total > 0) {
      await new Promise<void>((resolve) => {
        finishSchedule = resolve;
        start = clock();
        // When the timer fired, and whether sending was already put off once since.
        let tickAt = start;
        let deferred = false;
        const sendDue = () => {
          immediate = undefined;
          const now = clock();
          // The loop paused between the timer and here (a long callback, a GC): the answers that came
          // meanwhile wait in the kernel until the next poll phase, so sending waits for it, once.
          if (now - tickAt > 1 && !deferred) {
            deferred = true;
            immediate = setImmediate(sendDue);
            return;
          }
          // Everything due by now goes out now, each timed from its own due time.
          while (next < total && !stopped && start + next * intervalMs <= now) {
            send(next, start + next * intervalMs);
            next++;
          }
          if (stopped) return;
          if (next >= total) return resolve();
          timer = setTimeout(tick, Math.max(0, start + next * intervalMs - clock()));
        };
        // The timer only wakes the loop: what fell due is sent in the check phase, after the poll phase
        // has read every answer already waiting. After a pause (a GC, a descheduled process) the answers
        // to the requests in flight wait in the kernel; sending the backlog first would count them as in
        // flight on top of it, and refuse requests at the cap for answers already there. Each request is
        // still timed from its due time, so the order costs the measurement nothing.
        const tick = () => {
          timer = undefined;
          tickAt = clock();
          deferred = false;
          immediate = setImmediate(sendDue);
        };
        sendDue();
      });
    }

    // Let the last requests finish; each has its timeout, and this bound covers a stuck connection.
    if (inFlight > 0 && !stopped) {
      let guard: NodeJS.Timeout | undefined;
      const expired = await new Promise<boolean>((resolve) => {
        drained = () => resolve(false);
        finishSchedule = () => resolve(false);
        guard = setTimeout(() => resolve(true), options.timeoutMs + 2000);
      });
      clearTimeout(guard);
      if (expired && !stopped) {
        closed = true;
        tallies.forEach((tally, i) => {
          for (let n = waiting[i]!; n > 0; n--) fail(tally, 'timeout', `no response by the end of the run, ${options.timeoutMs + 2000} ms after the last request was due`);
          for (const win of tally.windows) {
            win.errors += win.waiting;
            win.waiting = 0;
          }
        });
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    clearTimeout(timer);
    clearImmediate(immediate);
    // Ends open connections; requests still waiting (after a stop) are dropped and not counted.
    await client.close();
  }

  for (const recorder of latencies) recorder.flush();
  sendLag.flush();
  const measuredStart = start + firstMeasured * intervalMs;
  const measuredEnd = stopped ? stoppedAt : Math.max(lastMeasuredSend + intervalMs, start + total * intervalMs);
  const measuredMs = start > 0 ? Math.max(0, measuredEnd - measuredStart) : 0;
  const sent = tallies.reduce((n, t) => n + t.sent, 0);
  // The overall histogram is the endpoints' added up: exact, and one record less per response.
  const overall = createHistogram();
  for (const tally of tallies) overall.add(tally.histogram);
  return {
    endpoints: tallies,
    overall,
    sendLag: sendLag.histogram,
    due: tallies.reduce((n, t) => n + t.due, 0),
    sent,
    dropped: tallies.reduce((n, t) => n + t.dropped, 0),
    sentTotal,
    achievedRate: measuredMs > 0 ? (sent * 1000) / measuredMs : 0,
    measuredMs: Math.round(measuredMs),
    peakInFlight,
    ...(stopped ? { stopped } : {}),
  };
}
