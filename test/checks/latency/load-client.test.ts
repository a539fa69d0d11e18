import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { createSecureContext } from 'node:tls';
import { CookieJar } from '../../../src/http/cookie-jar.js';
import { generateLoad } from '../../../src/checks/latency/load-generator.js';
import { InvalidLoadRequestError, LoadClient, prepareRequest, type PreparedRequest } from '../../../src/checks/latency/load-client.js';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';

// The latency load's own HTTP/1.1 client against real servers on 127.0.0.1: framing (length, chunked,
// until close), connections the server closes, no redirect followed, TLS, slow servers, and its caps.

interface Outcome {
  status?: number;
  setCookie?: string[];
  /** 'complete', or the failure kind. */
  end: string;
  message?: string;
}

function exchange(client: LoadClient, request: PreparedRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { end: '' };
    client.send(request, {
      onHeaders(status, setCookie) {
        outcome.status = status;
        if (setCookie) outcome.setCookie = setCookie;
      },
      onComplete: () => resolve({ ...outcome, end: 'complete' }),
      onError: (kind, message) => resolve({ ...outcome, end: kind, message }),
    });
  });
}

interface RawServer {
  url: string;
  /** Connections accepted so far. */
  connections: number;
  /** Every request head received, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A TCP server that answers each request head with whatever `answer` does on the socket, for framings
 * and failures that node:http would not produce.
 */
async function startRawServer(answer: (socket: Socket, head: string, index: number) => void): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const result: RawServer = { url: '', connections: 0, requests: [], close: async () => undefined };
  const server = createNetServer((socket) => {
    result.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = '';
    socket.on('data', (chunk) => {
      pending += chunk.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const head = pending.slice(0, end);
        pending = pending.slice(end + 4);
        const length = /\r\ncontent-length: (\d+)/i.exec(head);
        if (length) pending = pending.slice(Number(length[1]));
        result.requests.push(head);
        answer(socket, head, result.requests.length - 1);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  result.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  result.close = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => resolve());
  });
  return result;
}

async function startNodeServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createHttpServer(handler);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get connections() {
      return connections;
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function clientFor(url: string, options: { connections?: number; timeoutMs?: number } = {}): LoadClient {
  const client = new LoadClient({ origin: url, connections: options.connections ?? 4, timeoutMs: options.timeoutMs ?? 5000 });
  closers.push(() => client.close());
  return client;
}

async function raw(answer: Parameters<typeof startRawServer>[0]): Promise<RawServer> {
  const server = await startRawServer(answer);
  closers.push(() => server.close());
  return server;
}

const get = (url: string, path = '/') => prepareRequest(url, 'GET', path, {});

describe('requests are serialized once, for the origin only', () => {
  test('the request line names a path and the Host header is the origin\'s, whatever the headers say', () => {
    const request = prepareRequest('https://ops.example.com:8443', 'POST', '/api/tasks?x=1', { 'content-type': 'application/json', host: 'evil.example', 'content-length': '999' }, '{"title":"é"}');
    expect(request.bytes.toString('latin1')).toBe('POST /api/tasks?x=1 HTTP/1.1\r\nhost: ops.example.com:8443\r\ncontent-type: application/json\r\ncontent-length: 14\r\n\r\n{"title":"\xc3\xa9"}');
    expect(request).toMatchObject({ method: 'POST', head: false, retryable: false });
  });

  test.each([
    ['a line break in a header value', 'GET', '/', { 'x-note': 'a\r\nset-cookie: admin=1' }, 'the header x-note holds a line break or a control character'],
    ['a header name that is not a token', 'GET', '/', { 'x note': 'a' }, 'the header name "x note" is not an HTTP token'],
    ['an absolute URL as the path', 'GET', 'http://evil.example/', {}, 'the path "http://evil.example/" is not an absolute path of visible ASCII characters'],
    ['a space in the path', 'GET', '/a b', {}, 'the path "/a b" is not an absolute path of visible ASCII characters'],
    ['a method with a space', 'GET /x', '/', {}, 'the method "GET /x" is not an HTTP token'],
  ])('refused: %s', (_what, method, path, headers, message) => {
    expect(() => prepareRequest('http://127.0.0.1:1', method, path, headers)).toThrow(new InvalidLoadRequestError(message));
  });
});

describe('response framing', () => {
  test('chunked bodies, cut at every byte, with extensions and trailers, keep the connection for the next request', async () => {
    const body = '4;name=value\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nx-trailer: yes\r\n\r\n';
    const server = await raw((socket) => {
      const bytes = Buffer.from(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nset-cookie: a=1\r\nSet-Cookie: b=2; Path=/\r\n\r\n${body}`, 'latin1');
      // One byte per write: every boundary of the framing falls between two reads somewhere.
      let i = 0;
      const next = () => {
        if (i < bytes.length) socket.write(bytes.subarray(i, ++i), () => setImmediate(next));
      };
      next();
    });
    const client = clientFor(server.url);
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, setCookie: ['a=1', 'b=2; Path=/'], end: 'complete' });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, setCookie: ['a=1', 'b=2; Path=/'], end: 'complete' });
    expect(server.connections).toBe(1);
  });

  test('chunked responses from node:http, written in pieces over time', async () => {
    const server = await startNodeServer((_req, res) => {
      res.writeHead(201, { 'content-type': 'text/plain' });
      res.write('first ');
      setTimeout(() => res.end('second'), 20);
    });
    closers.push(() => server.close());
    const client = clientFor(server.url);
    const outcomes = await Promise.all([1, 2, 3].map(() => exchange(client, get(server.url))));
    expect(outcomes).toEqual([1, 2, 3].map(() => ({ status: 201, end: 'complete' })));
  });

  test('a body without a length is read until the server closes; the next request opens a new connection', async () => {
    const server = await raw((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nall of it'));
    const client = clientFor(server.url);
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(server.connections).toBe(2);
  });

  test('HEAD, 204 and 304 have no body whatever their content-length says; a 100 Continue before the answer is skipped', async () => {
    const server = await raw((socket, head) => {
      if (head.startsWith('HEAD')) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 500\r\n\r\n');
      else if (head.startsWith('GET /empty')) socket.write('HTTP/1.1 204 No Content\r\n\r\n');
      else if (head.startsWith('GET /same')) socket.write('HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n');
      else socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\ncontent-length: 2\r\n\r\nok');
    });
    const client = clientFor(server.url, { connections: 1 });
    expect(await exchange(client, prepareRequest(server.url, 'HEAD', '/', {}))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(server.url, '/empty'))).toEqual({ status: 204, end: 'complete' });
    expect(await exchange(client, get(server.url, '/same'))).toEqual({ status: 304, end: 'complete' });
    expect(await exchange(client, prepareRequest(server.url, 'POST', '/', {}, 'x'))).toEqual({ status: 202, end: 'complete' });
    expect(server.connections).toBe(1);
  });

  test.each([
    ['names in any case, no reason phrase', 'HTTP/1.1 200\r\nCONTENT-LENGTH:2\r\nCoNNeCTioN: Keep-Alive\r\n\r\nok', 1],
    ['Connection: close in capitals', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: CLOSE\r\n\r\nok', 2],
    ['close in a list of tokens', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: upgrade, close\r\n\r\nok', 2],
    ['HTTP/1.0 without keep-alive', 'HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok', 2],
    ['HTTP/1.0 with keep-alive', 'HTTP/1.0 200 OK\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok', 1],
    ['a length repeated with the same value', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length:  2 \r\n\r\nok', 1],
  ])('keep-alive as the response says: %s', async (_what, response, connections) => {
    const server = await raw((socket) => socket.write(response));
    const client = clientFor(server.url, { connections: 1 });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(server.connections).toBe(connections);
  });

  test.each([
    ['not HTTP at all', 'SSH-2.0-OpenSSH_9.2\r\n\r\n', 'malformed response: not an HTTP/1 status line: "SSH-2.0-OpenSSH_9.2"'],
    ['a length that is not a number', 'HTTP/1.1 200 OK\r\ncontent-length: 2x\r\n\r\nok', 'malformed response: content-length "2x"'],
    ['two different lengths', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok', 'malformed response: two different content-length headers'],
    ['a chunk size that is not hex', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n', 'malformed response: chunk size "zz"'],
    ['headers that never end', `HTTP/1.1 200 OK\r\nx-long: ${'a'.repeat(70 * 1024)}`, 'malformed response: no end of headers within 65536 bytes'],
  ])('a malformed response fails the request and closes the connection: %s', async (_what, response, message) => {
    const server = await raw((socket) => socket.write(response));
    const client = clientFor(server.url);
    const outcome = await exchange(client, get(server.url));
    expect(outcome.end).toBe('other');
    expect(outcome.message).toBe(message);
    expect(client.openConnections).toBe(0);
  });
});

describe('connections the server closes', () => {
  test('Connection: close is honoured: every request gets a connection of its own and succeeds', async () => {
    const server = await startNodeServer((_req, res) => {
      res.writeHead(200, { connection: 'close', 'content-length': 2 });
      res.end('ok');
    });
    closers.push(() => server.close());
    const client = clientFor(server.url, { connections: 2 });
    for (let i = 0; i < 4; i++) expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(server.connections).toBe(4);
  });

  test('a server that closes the connection halfway through a body: the request fails as reset', async () => {
    const server = await raw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part', () => socket.destroy());
    });
    const client = clientFor(server.url);
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'reset', message: 'the server closed the connection before the response was complete' });
  });

  test('a kept-alive connection closed as the next request arrives: a GET goes again once on a new connection, a POST fails', async () => {
    // Answers the first request of each connection, closes it on the second without a word.
    const perSocket = new WeakMap<Socket, number>();
    const server = await raw((socket) => {
      const n = (perSocket.get(socket) ?? 0) + 1;
      perSocket.set(socket, n);
      if (n === 1) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
      else socket.destroy();
    });
    const client = clientFor(server.url, { connections: 1 });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(server.url))).toEqual({ status: 200, end: 'complete' });
    expect(server.connections).toBe(2);
    expect(await exchange(client, prepareRequest(server.url, 'POST', '/', {}, 'once'))).toEqual({ end: 'reset', message: 'the server closed the connection without answering' });
    expect(server.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });

  test('nothing listening: every request fails as refused, with the system\'s message', async () => {
    const server = await raw(() => undefined);
    await server.close();
    const client = clientFor(server.url);
    const outcome = await exchange(client, get(server.url));
    expect(outcome.end).toBe('refused');
    expect(outcome.message).toBe(`connect ECONNREFUSED ${server.url.slice('http://'.length)}`);
  });
});

describe('requests written to the socket\'s handle (plain http)', () => {
  test('every request goes to the handle, and the server reads the same bytes as through socket.write', async () => {
    const heads: string[][] = [];
    for (const handleWrites of [true, false]) {
      const server = await raw((socket) => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
      const client = new LoadClient({ origin: server.url, connections: 2, timeoutMs: 5000, handleWrites });
      closers.push(() => client.close());
      const requests = [get(server.url, '/a'), prepareRequest(server.url, 'POST', '/b', { 'x-one': '1' }, 'body'), get(server.url, '/c?d=e')];
      const outcomes = await Promise.all([...requests, ...requests].map((r) => exchange(client, r)));
      expect(outcomes.every((o) => o.end === 'complete' && o.status === 200)).toBe(true);
      expect(client.writtenToHandle).toBe(handleWrites ? 6 : 0);
      heads.push(server.requests.map((head) => head.replace(new URL(server.url).host, 'origin')).sort());
    }
    expect(heads[0]).toEqual(heads[1]);
    expect(heads[0]).toHaveLength(6);
  });

  test('a body the kernel cannot take at once waits in libuv\'s queue while the server does not read; it arrives whole and the connection goes on', async () => {
    const body = 'x'.repeat(16 * 1024 * 1024);
    let bodyBytes = 0;
    let paused = false;
    const server = createNetServer((socket) => {
      socket.on('error', () => undefined);
      // The body is counted as it streams in, never gathered: appending each chunk to what came before
      // copied 16 MB hundreds of times, which under load outlasted the client's 5 s timeout.
      let head = Buffer.alloc(0);
      let expecting = -1; // body bytes still to come; -1 while a head is being read
      socket.on('data', (chunk: Buffer) => {
        // Stops reading for 200 ms after the first bytes, so the client's write cannot complete at once.
        if (!paused) {
          paused = true;
          socket.pause();
          setTimeout(() => socket.resume(), 200);
        }
        let data = chunk;
        while (data.length) {
          if (expecting < 0) {
            head = Buffer.concat([head, data]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) return;
            const length = /\r\ncontent-length: (\d+)/i.exec(head.toString('latin1', 0, end));
            expecting = length ? Number(length[1]) : 0;
            data = head.subarray(end + 4);
            head = Buffer.alloc(0);
          }
          const take = Math.min(expecting, data.length);
          bodyBytes += take;
          expecting -= take;
          data = data.subarray(take);
          if (expecting === 0) {
            expecting = -1;
            socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
          }
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new LoadClient({ origin: url, connections: 1, timeoutMs: 5000 });
    closers.push(() => client.close());
    expect(await exchange(client, prepareRequest(url, 'POST', '/', {}, body))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, prepareRequest(url, 'POST', '/', {}, body))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(url))).toEqual({ status: 200, end: 'complete' });
    expect(bodyBytes).toBe(2 * body.length);
    expect(client.opened).toBe(1);
    expect(client.writtenToHandle).toBe(3);
    expect(client.writtenToHandleLater).toBeGreaterThanOrEqual(1);
  });

  test('a server that resets the connection while a large body is being written: the request fails as reset, as through socket.write', async () => {
    const body = 'x'.repeat(16 * 1024 * 1024);
    const outcomes: Outcome[] = [];
    for (const handleWrites of [true, false]) {
      const server = createNetServer((socket) => {
        socket.on('error', () => undefined);
        socket.once('data', () => socket.resetAndDestroy());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new LoadClient({ origin: url, connections: 1, timeoutMs: 5000, handleWrites });
      closers.push(() => client.close());
      outcomes.push(await exchange(client, prepareRequest(url, 'POST', '/', {}, body)));
    }
    for (const outcome of outcomes) {
      expect(outcome.end).toBe('reset');
      expect(outcome.message).toMatch(/^(write|read) (ECONNRESET|EPIPE)$/);
    }
  });
});

describe('slow servers', () => {
  test('headers later than the timeout: the request fails as a timeout and the connection is closed', async () => {
    const server = await raw(() => undefined);
    const client = clientFor(server.url, { timeoutMs: 150 });
    const started = performance.now();
    expect(await exchange(client, get(server.url))).toEqual({ end: 'timeout', message: 'no complete response within 150 ms' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(client.openConnections).toBe(0);
  });

  test('the timeout applies to each piece of the body: a body trickling in within it completes, a stalled one does not', async () => {
    const server = await raw((socket, head) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n');
      const stall = head.startsWith('GET /stall');
      let sent = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || sent === (stall ? 2 : 5)) return clearInterval(timer);
        socket.write('x');
        sent++;
      }, 60);
    });
    const client = clientFor(server.url, { timeoutMs: 200 });
    expect(await exchange(client, get(server.url, '/trickle'))).toEqual({ status: 200, end: 'complete' });
    expect(await exchange(client, get(server.url, '/stall'))).toEqual({ status: 200, end: 'timeout', message: 'no complete response within 200 ms' });
  });
});

describe('caps', () => {
  test('never more connections than allowed: requests beyond them wait, oldest first, and all are answered', async () => {
    const order: string[] = [];
    const server = await startNodeServer((req, res) => {
      order.push(req.url!);
      setTimeout(() => res.end('ok'), 30);
    });
    closers.push(() => server.close());
    const client = clientFor(server.url, { connections: 2 });
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => exchange(client, get(server.url, `/${i}`))));
    expect(outcomes.every((o) => o.status === 200 && o.end === 'complete')).toBe(true);
    expect(server.connections).toBe(2);
    expect(client.opened).toBe(2);
    expect(order).toEqual(['/0', '/1', '/2', '/3', '/4', '/5', '/6', '/7']);
  });

  test('the generator\'s in-flight cap holds with few connections: at most maxInFlight requests queued or sent', async () => {
    const server = await startNodeServer((_req, res) => setTimeout(() => res.end('ok'), 200));
    closers.push(() => server.close());
    const result = await generateLoad({
      origin: server.url, endpoints: [{ method: 'GET', path: '/', headers: {}, rate: 100 }], warmupMs: 0, durationMs: 500,
      timeoutMs: 5000, maxInFlight: 8, connections: 2, stop: { errorRate: 1, window: 50, minimum: 20 },
    });
    expect(result.peakInFlight).toBe(8);
    expect(result.due).toBe(50);
    expect(result.sent + result.dropped).toBe(50);
    expect(result.endpoints[0]!.failures.get('in-flight cap')?.count).toBe(result.dropped);
    expect(server.connections).toBe(2);
  });
});

describe('requests waiting in a source (the generator\'s backlog, kept as a count)', () => {
  /** A source of `count` GETs of /0, /1, ...: records, at each take, how many taken requests were not yet answered. */
  function sourceOf(url: string, count: number, onEnd: (outcome: Outcome) => void) {
    const state = { waiting: count, taken: 0, answered: 0, unansweredAtTake: [] as number[] };
    const source = {
      get waiting() {
        return state.waiting;
      },
      take() {
        state.unansweredAtTake.push(state.taken - state.answered);
        state.waiting--;
        const outcome: Outcome = { end: '' };
        return {
          request: get(url, `/${state.taken++}`),
          onHeaders(status: number) {
            outcome.status = status;
          },
          onComplete() {
            state.answered++;
            onEnd({ ...outcome, end: 'complete' });
          },
          onError(kind: string, message: string) {
            state.answered++;
            onEnd({ ...outcome, end: kind, message });
          },
        };
      },
    };
    return { source, state };
  }

  test('a request is made only when a connection is free to take it; all are answered, oldest first, on the connections allowed', async () => {
    const order: string[] = [];
    const server = await startNodeServer((req, res) => {
      order.push(req.url!);
      setTimeout(() => res.end('ok'), 20);
    });
    closers.push(() => server.close());
    const outcomes: Outcome[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const { source, state } = sourceOf(server.url, 8, (o) => {
      outcomes.push(o);
      if (outcomes.length === 8) done();
    });
    const client = new LoadClient({ origin: server.url, connections: 2, timeoutMs: 5000, source });
    closers.push(() => client.close());
    // The source's requests count as waiting, and the client opens connections for them when told.
    expect(client.queued).toBe(8);
    client.sourceGrew();
    await finished;
    expect(outcomes.every((o) => o.status === 200 && o.end === 'complete')).toBe(true);
    expect(order).toEqual(['/0', '/1', '/2', '/3', '/4', '/5', '/6', '/7']);
    expect(client.opened).toBe(2);
    // Never more requests made than connections to carry them (a connection takes the next request
    // before the answer that freed it is reported, so that answer still counts as unanswered here).
    expect(Math.max(...state.unansweredAtTake)).toBeLessThanOrEqual(2);
    expect(client.queued).toBe(0);
  });

  test('the client\'s own queue goes first; a failed connection attempt fails the source\'s oldest request with its reason', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const outcomes: Outcome[] = [];
    const { source, state } = sourceOf(url, 2, (o) => outcomes.push(o));
    const client = new LoadClient({ origin: url, connections: 1, timeoutMs: 5000, source });
    closers.push(() => client.close());
    const own = await exchange(client, get(url, '/own'));
    expect(own.end).toBe('refused');
    // The queued request failed first; the source's were not made for it.
    expect(state.taken).toBe(0);
    client.sourceGrew();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (outcomes.length === 2) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    expect(outcomes.map((o) => o.end)).toEqual(['refused', 'refused']);
    expect(state.taken).toBe(2);
  });

  test('the generator keeps requests due while every connection is busy as its backlog, not in the client\'s queue, and times each from its due time', async () => {
    const server = await startNodeServer((_req, res) => setTimeout(() => res.end('ok'), 50));
    closers.push(() => server.close());
    const { send } = LoadClient.prototype;
    let sends = 0;
    LoadClient.prototype.send = function (...args) {
      sends++;
      return send.apply(this, args);
    };
    let result: Awaited<ReturnType<typeof generateLoad>>;
    try {
      result = await generateLoad({
        origin: server.url, endpoints: [{ method: 'GET', path: '/', headers: {}, rate: 200 }], warmupMs: 0, durationMs: 500,
        timeoutMs: 5000, maxInFlight: 1000, connections: 2, stop: { errorRate: 1, window: 50, minimum: 20 },
      });
    } finally {
      LoadClient.prototype.send = send;
    }
    expect(result.sent).toBe(100);
    expect(result.endpoints[0]!.errors).toBe(0);
    expect(result.overall.totalCount).toBe(100);
    // Two connections answer 40 requests a second: the last of 100 due over 0.5 s waits about 2 s,
    // and its latency counts from its due time.
    expect(result.overall.maxValue).toBeGreaterThan(1_500_000);
    // The untimed first request, and the first due ones while a connection was idle; the rest waited
    // in the generator's backlog and went to a connection as it freed up.
    expect(sends).toBeLessThan(10);
  });
});

describe('connections opened before the load', () => {
  test('preconnect opens up to the count, never past the client\'s cap, and the next requests use them without opening more', async () => {
    const server = await startNodeServer((_req, res) => res.end('ok'));
    closers.push(() => server.close());
    const client = clientFor(server.url, { connections: 3 });
    await client.preconnect(5);
    expect(client.opened).toBe(3);
    expect(client.openConnections).toBe(3);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => exchange(client, get(server.url))));
    expect(outcomes.map((o) => o.end)).toEqual(Array(6).fill('complete'));
    expect(client.opened).toBe(3);
    expect(server.connections).toBe(3);
  });

  test('preconnect to a port nothing listens on settles, and the next request fails as refused', async () => {
    const server = await raw(() => undefined);
    const url = server.url;
    await server.close();
    const client = clientFor(url, { connections: 2 });
    await client.preconnect(2);
    expect(client.openConnections).toBe(0);
    expect(await exchange(client, get(url))).toMatchObject({ end: 'refused' });
  });

  /** A server that answers its first request (the generator's untimed one) after `ms`, every other at once. */
  async function firstAnsweredAfter(ms: number) {
    let first = true;
    const server = await startNodeServer((_req, res) => {
      if (first) setTimeout(() => res.end('ok'), ms);
      else res.end('ok');
      first = false;
    });
    closers.push(() => server.close());
    return server;
  }

  test('the generator opens the connections its schedule needs at once before the first due request, up to those allowed', async () => {
    // The untimed request takes 50 ms: at 200/s the schedule would need 10 connections from its start,
    // of which the client may open 6. The load's own requests are answered at once, so it would use
    // one or two connections by itself.
    const server = await firstAnsweredAfter(50);
    const result = await generateLoad({
      origin: server.url, endpoints: [{ method: 'GET', path: '/', headers: {}, rate: 200 }], warmupMs: 0, durationMs: 300,
      timeoutMs: 5000, maxInFlight: 100, connections: 6, stop: { errorRate: 1, window: 50, minimum: 20 },
    });
    expect(result).toMatchObject({ due: 60, sent: 60, dropped: 0 });
    expect(server.connections).toBe(6);
  });

  test('a slow first answer (a cold app) opens at most 32 connections before the load, not its rate times that time', async () => {
    // The untimed request takes 300 ms: at 200/s that would ask for 60 connections, of the 100 allowed.
    // The load itself never has more than 32 requests on their way (its in-flight cap), so it needs no
    // more connections than those, however long this process is held up by others on the machine.
    const server = await firstAnsweredAfter(300);
    const result = await generateLoad({
      origin: server.url, endpoints: [{ method: 'GET', path: '/', headers: {}, rate: 200 }], warmupMs: 0, durationMs: 200,
      timeoutMs: 5000, maxInFlight: 32, connections: 100, stop: { errorRate: 1, window: 50, minimum: 20 },
    });
    expect(result).toMatchObject({ due: 40, sent: 40, dropped: 0 });
    expect(server.connections).toBe(32);
  });
});

describe('timing', () => {
  test('a response is timed by one clock reading at its completion, taken before the next waiting request is written', async () => {
    const server = await startNodeServer((_req, res) => res.end('ok'));
    closers.push(() => server.close());
    let now = 0;
    const client = new LoadClient({ origin: server.url, connections: 1, timeoutMs: 5000, clock: () => ++now });
    closers.push(() => client.close());
    const completions: { at: number; latest: number }[] = [];
    const failures: string[] = [];
    await new Promise<void>((resolve) => {
      const handler = {
        onHeaders: () => undefined,
        onComplete(at: number) {
          completions.push({ at, latest: now });
          if (completions.length === 3) resolve();
        },
        onError(kind: string) {
          failures.push(kind);
          resolve();
        },
      };
      // One connection: the second and third requests wait, and each starts as the one before completes.
      for (let i = 0; i < 3; i++) client.send(get(server.url), handler);
    });
    expect(failures).toEqual([]);
    // Each completion time is the clock's latest reading: starting the next request read no clock of its own.
    expect(completions.map((c) => c.at)).toEqual(completions.map((c) => c.latest));
    expect(completions[0]!.at < completions[1]!.at && completions[1]!.at < completions[2]!.at).toBe(true);
  });
});

describe('redirects are answers, never followed', () => {
  test('a 302 to another origin is counted as a 302; the other origin receives nothing', async () => {
    const elsewhere = await startNodeServer((_req, res) => res.end('should never be reached'));
    closers.push(() => elsewhere.close());
    let hits = 0;
    const server = await startNodeServer((_req, res) => {
      hits++;
      res.writeHead(302, { location: `${elsewhere.url}/steal` });
      res.end();
    });
    closers.push(() => server.close());
    const result = await generateLoad({
      origin: server.url, endpoints: [{ method: 'GET', path: '/', headers: { authorization: 'Bearer secret-token' }, rate: 20 }], warmupMs: 0, durationMs: 500,
      timeoutMs: 5000, maxInFlight: 100, stop: { errorRate: 1, window: 50, minimum: 20 },
    });
    expect(Object.fromEntries(result.endpoints[0]!.statuses)).toEqual({ 302: 10 });
    expect(result.endpoints[0]!.errors).toBe(0);
    expect(hits).toBe(11);
    expect(elsewhere.connections).toBe(0);
  });
});

describe('cookies the app sets during the load', () => {
  const load = (origin: string, jar: CookieJar, rate = 20) => generateLoad({
    origin, endpoints: [{ method: 'GET', path: '/visit', headers: {}, rate, jar }], warmupMs: 0, durationMs: 500,
    timeoutMs: 5000, maxInFlight: 100, stop: { errorRate: 1, window: 50, minimum: 20 },
  });

  test('are kept in the session\'s jar and sent back from the next request on', async () => {
    const cookies: (string | undefined)[] = [];
    const server = await startNodeServer((req, res) => {
      cookies.push(req.headers.cookie);
      res.writeHead(200, { 'set-cookie': `visits=${cookies.length}; Path=/` });
      res.end('ok');
    });
    closers.push(() => server.close());
    const jar = new CookieJar(new URL(server.url).origin);
    const result = await load(server.url, jar);
    expect(result.endpoints[0]!.errors).toBe(0);
    // The untimed first request has none; each later one carries what an earlier response set.
    expect(cookies).toHaveLength(11);
    expect(cookies[0]).toBeUndefined();
    for (const [i, cookie] of cookies.slice(1).entries()) expect(Number(/^visits=(\d+)$/.exec(cookie ?? '')?.[1])).toBeLessThanOrEqual(i + 1);
    expect(jar.header(new URL('/visit', server.url))).toBe('visits=11');
  });

  test('a cookie HTTP cannot carry back (a control character) fails the requests that would send it, and nothing crashes', async () => {
    const server = await raw((socket) => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nset-cookie: bad=a\x01b\r\n\r\nok'));
    const result = await load(server.url, new CookieJar(new URL(server.url).origin));
    const tally = result.endpoints[0]!;
    expect(tally.due).toBe(10);
    expect(tally.failures.get('invalid request')).toEqual({ count: 10, example: 'the header cookie holds a line break or a control character' });
    // Only the untimed first request went out: it was the one that set the cookie.
    expect(server.requests).toHaveLength(1);
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

(hasOpenssl ? describe : describe.skip)('TLS', () => {
  let pki: TestPki;
  let server: RunningServer;
  let url: string;
  beforeAll(async () => {
    pki = createTestPki();
    server = await startHttpsServer({ certificates: {}, fallback: pki.leaf(['127.0.0.1'], { fromDays: -1, toDays: 30 }) }, (_req, res) => {
      res.writeHead(200, { 'set-cookie': 'tls=1; Secure' });
      res.end('ok');
    });
    url = `https://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    pki.cleanup();
  });

  test('with the internal CA trusted, requests go over TLS on kept-alive connections', async () => {
    const client = new LoadClient({ origin: url, connections: 1, timeoutMs: 5000, secureContext: createSecureContext({ ca: pki.caPem }) });
    closers.push(() => client.close());
    for (let i = 0; i < 3; i++) expect(await exchange(client, get(url))).toEqual({ status: 200, setCookie: ['tls=1; Secure'], end: 'complete' });
    expect(client.opened).toBe(1);
    // TLS sockets keep socket.write: their handle is the TLS layer's.
    expect(client.writtenToHandle).toBe(0);
  });

  test('without it the certificate is refused: a tls failure, nothing sent', async () => {
    const client = clientFor(url);
    const outcome = await exchange(client, get(url));
    expect(outcome.end).toBe('tls');
    expect(outcome.message).toBe('unable to verify the first certificate');
  });

  test('a server that accepts TCP and never completes the handshake: connect-timeout', async () => {
    const silent = await raw(() => undefined);
    const origin = silent.url.replace('http:', 'https:');
    const client = clientFor(origin, { timeoutMs: 150 });
    expect(await exchange(client, get(origin))).toEqual({ end: 'connect-timeout', message: `could not connect to 127.0.0.1:${new URL(origin).port} within 150 ms` });
  });
});
