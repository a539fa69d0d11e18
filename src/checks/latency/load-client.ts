import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type SecureContext } from 'node:tls';
import { getSystemErrorName, types } from 'node:util';
import { classify, type TransportFailureKind } from '../../http/client.js';

/**
 * The latency load's HTTP/1.1 client: just enough HTTP for a load generator, on plain `net` and `tls`
 * sockets, so one event loop sends and reads as many requests as it can. undici (the project's one
 * HTTP client, src/http/client.ts) spent most of the generator's time per request in machinery the
 * load does not use; this one writes a request serialized once into a Buffer and reads a response only
 * for its status, its framing (content-length, chunked or until close), Set-Cookie and Connection.
 *
 * It is bound to one origin: the host and port it connects to are fixed when it is made, a request is
 * a path on that origin, and a redirect is a response like any other (never followed). Bodies are
 * counted and dropped. Keep-alive connections, at most `connections` of them; requests beyond wait in
 * a queue, oldest first. No pipelining: one request per connection at a time, as wrk and browsers do.
 */

export interface LoadClientOptions {
  /** http(s)://host[:port]; the only place this client ever connects to. */
  origin: string;
  /** Connections it may open. */
  connections: number;
  /** From writing a request: the status line and headers, and then each piece of the body, must arrive within it. Connecting too. */
  timeoutMs: number;
  /** Trust for https origins (Node's roots when not given). */
  secureContext?: SecureContext;
  /** Milliseconds, monotonic. */
  clock?: () => number;
  /** false: every request goes through `socket.write` (for tests of the handle writes). */
  handleWrites?: boolean;
  /**
   * Requests waiting outside the client (the load generator's backlog): a free connection takes the
   * oldest of them once the client's own queue is empty, and the client opens connections for them
   * as for its own queue. They count in `queued`.
   */
  source?: RequestSource;
}

/**
 * Requests kept by their owner until a connection is free, so that a backlog of thousands is a count
 * rather than thousands of objects: the request and its handler are made when a connection takes it.
 */
export interface RequestSource {
  /** Requests waiting in the source. */
  readonly waiting: number;
  /** The oldest waiting request, made now; called only while `waiting` is above 0. */
  take(): SourcedRequest;
}

/** A request from a source: its handler, carrying the request. */
export interface SourcedRequest extends ExchangeHandler {
  readonly request: PreparedRequest;
}

/** What happens to one request. Exactly one of onComplete and onError is called, after at most one onHeaders. */
export interface ExchangeHandler {
  /** The status line and headers arrived (1xx interim responses are skipped). */
  onHeaders(status: number, setCookie: string[] | undefined): void;
  /** The whole response arrived, at `at` on the client's clock. */
  onComplete(at: number): void;
  onError(kind: TransportFailureKind, message: string): void;
}

/** The request part of the load, checked and serialized once. */
export interface PreparedRequest {
  readonly method: string;
  readonly bytes: Buffer;
  /** HEAD's response has no body, whatever its headers say. */
  readonly head: boolean;
  /** A GET or HEAD that found its kept-alive connection closed by the server may go again once on a new one. */
  readonly retryable: boolean;
}

export class InvalidLoadRequestError extends Error {}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const PATH = /^\/[\x21-\x7e]*$/;
/** Set by the client from the origin and the body; a manifest header of these names is not sent. */
const OWN_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer']);

/**
 * Serializes a request to `origin`: the request line names a path, never an absolute URL, and the
 * Host header is the origin's, so the bytes cannot address anything else. Throws on a method, path or
 * header that HTTP cannot carry (a line break in a value would let a value add headers).
 */
export function prepareRequest(origin: string, method: string, path: string, headers: Readonly<Record<string, string>>, body?: string): PreparedRequest {
  if (!TOKEN.test(method)) throw new InvalidLoadRequestError(`the method ${JSON.stringify(method)} is not an HTTP token`);
  if (!PATH.test(path)) throw new InvalidLoadRequestError(`the path ${JSON.stringify(path)} is not an absolute path of visible ASCII characters`);
  let head = `${method} ${path} HTTP/1.1\r\nhost: ${new URL(origin).host}\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new InvalidLoadRequestError(`the header name ${JSON.stringify(name)} is not an HTTP token`);
    if (!HEADER_VALUE.test(value)) throw new InvalidLoadRequestError(`the header ${name} holds a line break or a control character`);
    if (OWN_HEADERS.has(name.toLowerCase())) continue;
    head += `${name}: ${value}\r\n`;
  }
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  // A body is framed by its length; so is an empty POST, which some servers refuse without one.
  if (payload !== undefined || method === 'POST' || method === 'PUT' || method === 'PATCH') head += `content-length: ${payload?.length ?? 0}\r\n`;
  head += '\r\n';
  const bytes = payload ? Buffer.concat([Buffer.from(head, 'latin1'), payload]) : Buffer.from(head, 'latin1');
  return { method, bytes, head: method === 'HEAD', retryable: method === 'GET' || method === 'HEAD' };
}

/** A request on its way: queued, or on a connection. */
export interface Exchange {
  readonly request: PreparedRequest;
  readonly handler: ExchangeHandler;
  /** Set by cancel(): no handler is called any more. */
  cancelled: boolean;
  retried: boolean;
  connection: Connection | undefined;
}

/** The longest status line and headers read: a server that sends more is broken or hostile. */
const MAX_HEAD_BYTES = 64 * 1024;
/** A chunk-size or trailer line longer than this is not HTTP. */
const MAX_LINE_BYTES = 8 * 1024;

const enum Phase {
  Head,
  Length,
  ChunkSize,
  ChunkData,
  ChunkEnd,
  Trailers,
  UntilClose,
}

const enum State {
  Connecting,
  Idle,
  Busy,
  Closed,
}

class ProtocolError extends Error {}

class Connection {
  state = State.Connecting;
  exchange: Exchange | undefined;
  /** Responses completed on this connection. */
  completed = 0;
  /** When the connection attempt started, or the last byte was written or read while busy. */
  lastActivity: number;
  /** Called once the attempt to connect has succeeded or failed (for preconnect). */
  settled: (() => void) | undefined;
  /** The socket's TCP handle, set once connected when requests are written to it directly (plain http). */
  handle: StreamHandle | undefined;
  /** The write request for the next handle write: one per connection, replaced only when a write goes asynchronous. */
  private writeRequest: WriteRequest | undefined;

  settle(): void {
    const settled = this.settled;
    this.settled = undefined;
    settled?.();
  }
  private phase = Phase.Head;
  private remaining = 0;
  /** A response head or a line cut across reads. */
  private partial: Buffer | undefined;
  private keepAlive = true;
  /** Bytes of the current response received (0: the server closed before answering at all). */
  private received = 0;
  /** The current response is complete (set while a read is parsed). */
  private finished = false;
  private error: NodeJS.ErrnoException | undefined;

  constructor(
    private readonly client: LoadClient,
    readonly socket: Socket,
  ) {
    this.lastActivity = client.clock();
  }

  /** Writes the exchange's request; `now` is the client's clock, read by the caller. */
  start(exchange: Exchange, now: number): void {
    this.state = State.Busy;
    this.exchange = exchange;
    exchange.connection = this;
    this.phase = Phase.Head;
    this.received = 0;
    this.lastActivity = now;
    if (this.handle) this.writeToHandle(this.handle, exchange.request.bytes);
    else this.socket.write(exchange.request.bytes);
  }

  /**
   * What `socket.write` does for a plain TCP socket, without the stream machinery around it: the
   * same call on the socket's handle (the kernel takes the request at once, or libuv queues the
   * rest and completes it later), and on failure the socket destroyed with the same error. The
   * Writable path adds a new write request object, a callback and a deferred tick to every request
   * (bench/README.md, latency-rate session 8, has the instructions counted).
   */
  private writeToHandle(handle: StreamHandle, bytes: Buffer): void {
    // A destroyed socket has let go of its handle; socket.write would not write either.
    if (this.socket.destroyed) return;
    const request = (this.writeRequest ??= handleWrites!.request(this));
    request.buffer = bytes;
    const err = handle.writeBuffer(request, bytes);
    this.client.writtenToHandle++;
    if (handleWrites!.lastWriteWasAsync()) {
      // libuv holds this request until the write completes (oncomplete); the next write gets a new one.
      request.async = true;
      this.writeRequest = undefined;
      this.client.writtenToHandleLater++;
    } else {
      request.buffer = null;
    }
    if (err !== 0) this.writeFailed(err);
  }

  /** @internal A write failed (at once, or when libuv completed it): as net.Socket does, the socket is destroyed with the error. */
  writeFailed(err: number): void {
    if (this.socket.destroyed) return;
    const code = getSystemErrorName(err);
    this.socket.destroy(Object.assign(new Error(`write ${code}`), { errno: err, code, syscall: 'write' }));
  }

  /**
   * Bytes from the socket; `buffer` may be reused once this returns, so anything kept is copied.
   * `view` is a DataView over the whole of `buffer` when the caller keeps one (the client's read buffer).
   */
  onData(buffer: Buffer, start: number, end: number, view: DataView | undefined): void {
    if (this.state === State.Closed) return;
    if (!this.exchange) {
      // Nothing was asked: a server talking out of turn cannot be trusted with the next request.
      this.client.drop(this, undefined);
      return;
    }
    this.received += end - start;
    this.finished = false;
    try {
      let at = start;
      while (at < end && !this.finished) {
        switch (this.phase) {
          case Phase.Head:
            at = this.readHead(buffer, view, at, end);
            break;
          case Phase.Length: {
            const n = Math.min(this.remaining, end - at);
            this.remaining -= n;
            at += n;
            if (this.remaining === 0) this.finished = true;
            break;
          }
          case Phase.ChunkSize:
          case Phase.ChunkEnd:
          case Phase.Trailers:
            at = this.readLine(buffer, at, end);
            break;
          case Phase.ChunkData: {
            const n = Math.min(this.remaining, end - at);
            this.remaining -= n;
            at += n;
            if (this.remaining === 0) this.phase = Phase.ChunkEnd;
            break;
          }
          case Phase.UntilClose:
            at = end;
            break;
        }
      }
      // Bytes past the end of the response: the answer stands, the connection is not used again.
      if (this.finished) this.complete(at === end);
      // The timeout counts from the last piece received; a response complete in one read needs no clock.
      else this.lastActivity = this.client.clock();
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.fail('other', `malformed response: ${error.message}`);
    }
  }

  /** The socket closed (or failed); what that means depends on where the exchange was. */
  onClose(): void {
    if (this.state === State.Closed) return;
    const exchange = this.exchange;
    if (this.state === State.Connecting) {
      const code = this.error?.code;
      this.state = State.Closed;
      this.client.connectFailed(this, code ? classify(code) : 'reset', this.error?.message ?? 'the connection closed while it was being opened');
      return;
    }
    if (!exchange) {
      this.client.drop(this, undefined);
      return;
    }
    if (this.phase === Phase.UntilClose && !this.error) {
      this.complete(false);
      return;
    }
    // A kept-alive connection the server closed as the request went out: a read may go again once.
    if (this.received === 0 && this.completed > 0 && exchange.request.retryable && !exchange.retried) {
      exchange.retried = true;
      this.exchange = undefined;
      this.client.drop(this, undefined);
      this.client.requeue(exchange);
      return;
    }
    const code = this.error?.code;
    const kind = code ? classify(code) : 'reset';
    this.fail(kind === 'other' ? 'reset' : kind, this.error?.message ?? (this.received === 0 ? 'the server closed the connection without answering' : 'the server closed the connection before the response was complete'));
  }

  onError(error: NodeJS.ErrnoException): void {
    this.error ??= error;
  }

  /** Ends the exchange with an error and this connection with it. */
  fail(kind: TransportFailureKind, message: string): void {
    const exchange = this.exchange;
    this.exchange = undefined;
    if (exchange) exchange.connection = undefined;
    this.client.drop(this, exchange && !exchange.cancelled ? () => exchange.handler.onError(kind, message) : undefined);
  }

  private complete(reusable: boolean): void {
    const exchange = this.exchange!;
    // One clock read times this response and starts the next request (before its write, which it would otherwise count).
    const now = this.client.clock();
    this.exchange = undefined;
    exchange.connection = undefined;
    this.completed++;
    if (this.keepAlive && reusable) this.client.release(this, now);
    else this.client.drop(this, undefined);
    if (!exchange.cancelled) exchange.handler.onComplete(now);
  }

  private readHead(buffer: Buffer, view: DataView | undefined, at: number, end: number): number {
    const head = this.head;
    if (this.partial) {
      const kept = this.partial.length;
      const data = Buffer.concat([this.partial, buffer.subarray(at, end)]);
      const after = head.scan(data, viewOf(data), 0, data.length);
      if (after < 0) {
        this.partial = data;
        return end;
      }
      this.partial = undefined;
      this.applyHead();
      return at + after - kept;
    }
    const after = head.scan(buffer, view ?? viewOf(buffer), at, end);
    if (after < 0) {
      this.partial = Buffer.from(buffer.subarray(at, end));
      return end;
    }
    this.applyHead();
    return after;
  }

  /** What the last complete status line and headers said. */
  private readonly head = new ResponseHead();

  private applyHead(): void {
    const head = this.head;
    const status = head.status;
    if (status < 200) {
      // 100 Continue, 103 Early Hints: the real response follows. 101 would switch protocols, which was never asked.
      if (status === 101) throw new ProtocolError('101 Switching Protocols, which was never asked for');
      this.phase = Phase.Head;
      return;
    }
    this.keepAlive = head.http10 ? head.connectionKeepAlive : !head.connectionClose;
    const exchange = this.exchange!;
    if (!exchange.cancelled) exchange.handler.onHeaders(status, head.setCookie);
    if (exchange.request.head || status === 204 || status === 304) {
      this.finished = true;
    } else if (head.chunked) {
      this.phase = Phase.ChunkSize;
    } else if (head.otherCoding || head.length < 0) {
      // No length: the body ends when the server closes the connection, which is not used again.
      this.phase = Phase.UntilClose;
      this.keepAlive = false;
    } else if (head.length === 0) {
      this.finished = true;
    } else {
      this.phase = Phase.Length;
      this.remaining = head.length;
    }
  }

  /** One CRLF-terminated line of the chunked framing: a chunk size, the end of a chunk, or a trailer. */
  private readLine(buffer: Buffer, at: number, end: number): number {
    const lf = buffer.indexOf(0x0a, at);
    if (lf < 0 || lf >= end) {
      this.partial = this.partial ? Buffer.concat([this.partial, buffer.subarray(at, end)]) : Buffer.from(buffer.subarray(at, end));
      if (this.partial.length > MAX_LINE_BYTES) throw new ProtocolError('a line of the chunked body is too long');
      return end;
    }
    let line = buffer.toString('latin1', at, lf);
    if (this.partial) {
      line = this.partial.toString('latin1', 0, this.partial.length) + line;
      this.partial = undefined;
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (this.phase === Phase.ChunkSize) {
      const size = line.split(';', 1)[0]!.trim();
      if (!/^[0-9a-fA-F]{1,12}$/.test(size)) throw new ProtocolError(`chunk size ${JSON.stringify(size.slice(0, 20))}`);
      this.remaining = parseInt(size, 16);
      this.phase = this.remaining === 0 ? Phase.Trailers : Phase.ChunkData;
    } else if (this.phase === Phase.ChunkEnd) {
      if (line !== '') throw new ProtocolError('a chunk longer than its size');
      this.phase = Phase.ChunkSize;
    } else if (line === '') {
      this.finished = true;
    }
    return lf + 1;
  }
}

/**
 * What a response's status line and headers say, as far as the client needs: the status, the framing
 * headers, Connection and Set-Cookie. One per connection, overwritten by each head read.
 */
export class ResponseHead {
  status = 0;
  http10 = false;
  /** content-length, or -1 without one. */
  length = -1;
  chunked = false;
  otherCoding = false;
  connectionClose = false;
  connectionKeepAlive = false;
  setCookie: string[] | undefined;

  /**
   * Reads a status line and headers from bytes, without making strings of them: only the framing
   * headers, Connection and Set-Cookie are looked at. Returns the offset after the blank line, or -1
   * when the head is not complete yet; throws a ProtocolError on a head that is not HTTP. `view` is a
   * DataView over all of `buffer`. The read buffer is shared and longer than this read, so nothing at
   * or past `end` is looked at.
   *
   * Line ends and colons are found four bytes at a time (findLF, findColonOrLF) and the names that
   * matter compared a word at a time: Buffer#indexOf is a call into C++ that costs more than the
   * bytes it looks at, and a loop over single bytes costs 15-20 instructions a byte here.
   */
  scan(buffer: Buffer, view: DataView, at: number, end: number): number {
    let lf = findLF(view, buffer, at, end);
    if (lf < 0) return incomplete(at, end);
    let lineEnd = lf > at && buffer[lf - 1] === 0x0d ? lf - 1 : lf;
    if (!isStatusLine(buffer, view, at, lineEnd)) throw new ProtocolError(`not an HTTP/1 status line: ${JSON.stringify(buffer.toString('latin1', at, Math.min(lineEnd, at + 40)))}`);
    this.status = (buffer[at + 9]! - 0x30) * 100 + (buffer[at + 10]! - 0x30) * 10 + (buffer[at + 11]! - 0x30);
    this.http10 = buffer[at + 7] === 0x30;
    this.length = -1;
    this.chunked = false;
    this.otherCoding = false;
    this.connectionClose = false;
    this.connectionKeepAlive = false;
    this.setCookie = undefined;
    let pos = lf + 1;
    for (;;) {
      if (pos - at > MAX_HEAD_BYTES) throw new ProtocolError(`headers longer than ${MAX_HEAD_BYTES} bytes`);
      // The name ends at the line's first colon; a line without one is the blank line that ends the head, or not HTTP.
      const colon = findColonOrLF(view, buffer, pos, end);
      if (colon < 0) return incomplete(at, end);
      if (buffer[colon] === 0x0a) {
        if (colon === pos || (colon === pos + 1 && buffer[pos] === 0x0d)) return colon + 1;
        throw new ProtocolError('a header line without a colon');
      }
      lf = findLF(view, buffer, colon + 1, end);
      if (lf < 0) return incomplete(at, end);
      lineEnd = buffer[lf - 1] === 0x0d ? lf - 1 : lf;
      const nameLength = colon - pos;
      if (nameLength === 14) {
        if (lowerWord(view, pos) === CONT && lowerWord(view, pos + 4) === ENT_ && lowerWord(view, pos + 8) === LENG && (view.getUint16(pos + 12, true) | 0x2020) === TH) {
          const n = parseLength(buffer, colon + 1, lineEnd);
          if (n < 0) throw new ProtocolError(`content-length ${JSON.stringify(buffer.toString('latin1', colon + 1, Math.min(lineEnd, colon + 41)).trim())}`);
          if (this.length >= 0 && this.length !== n) throw new ProtocolError('two different content-length headers');
          this.length = n;
        }
      } else if (nameLength === 10) {
        const first = lowerWord(view, pos);
        if (first === CONN && lowerWord(view, pos + 4) === ECTI && (view.getUint16(pos + 8, true) | 0x2020) === ON) {
          // Nearly every response says one of these two; a list of tokens takes the slow path.
          const from = colon + 1 + (buffer[colon + 1] === 0x20 ? 1 : 0);
          if (lineEnd - from === 10 && lowerWord(view, from) === KEEP && lowerWord(view, from + 4) === _ALI && (view.getUint16(from + 8, true) | 0x2020) === VE) this.connectionKeepAlive = true;
          else if (lineEnd - from === 5 && lowerWord(view, from) === CLOS && (buffer[from + 4]! | 0x20) === 0x65) this.connectionClose = true;
          else for (const token of buffer.toString('latin1', colon + 1, lineEnd).toLowerCase().split(',')) {
            const t = token.trim();
            if (t === 'close') this.connectionClose = true;
            else if (t === 'keep-alive') this.connectionKeepAlive = true;
          }
        } else if (first === SET_ && nameIs(buffer, pos, 'set-cookie')) {
          (this.setCookie ??= []).push(buffer.toString('latin1', colon + 1, lineEnd).trim());
        }
      } else if (nameLength === 17 && nameIs(buffer, pos, 'transfer-encoding')) {
        const codings = buffer.toString('latin1', colon + 1, lineEnd).toLowerCase().split(',').map((c) => c.trim()).filter(Boolean);
        this.chunked = codings[codings.length - 1] === 'chunked';
        this.otherCoding = !this.chunked && codings.length > 0;
      }
      pos = lf + 1;
    }
  }
}

function incomplete(at: number, end: number): number {
  if (end - at > MAX_HEAD_BYTES) throw new ProtocolError(`no end of headers within ${MAX_HEAD_BYTES} bytes`);
  return -1;
}

function viewOf(buffer: Buffer): DataView {
  return new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
}

/** Four bytes as a little-endian word. */
function word(s: string): number {
  return s.charCodeAt(0) | (s.charCodeAt(1) << 8) | (s.charCodeAt(2) << 16) | (s.charCodeAt(3) << 24);
}

const LF4 = 0x0a0a0a0a;
const COLON4 = 0x3a3a3a3a;
const ONES = 0x01010101;
const HIGHS = 0x80808080 | 0;
const CONT = word('cont');
const ENT_ = word('ent-');
const LENG = word('leng');
const TH = 0x6874;
const CONN = word('conn');
const ECTI = word('ecti');
const ON = 0x6e6f;
const SET_ = word('set-');
const KEEP = word('keep');
const _ALI = word('-ali');
const VE = 0x6576;
const CLOS = word('clos');

/** Four bytes at `at`, each with 0x20 set: a letter compares without case, as nameIs does byte by byte. */
function lowerWord(view: DataView, at: number): number {
  return view.getInt32(at, true) | 0x20202020;
}

/** The high bit of each byte of `x` that is zero, and maybe of bytes above one that is: the lowest flagged byte is the first zero. */
function zeroBytes(x: number): number {
  return ((x - ONES) | 0) & ~x & HIGHS;
}

/** The index (0-3) of the lowest byte flagged in a non-zero result of zeroBytes. */
function lowestByte(m: number): number {
  return (31 - Math.clz32(m ^ ((m - 1) | 0))) >> 3;
}

/** The offset of the first LF in [from, end), or -1: eight bytes a step, then the last few one by one. */
function findLF(view: DataView, buffer: Buffer, from: number, end: number): number {
  let p = from | 0;
  const last = (end - 8) | 0;
  while (p <= last) {
    const m = zeroBytes(view.getInt32(p, true) ^ LF4);
    if (m !== 0) return (p + lowestByte(m)) | 0;
    const n = zeroBytes(view.getInt32(p + 4, true) ^ LF4);
    if (n !== 0) return (p + 4 + lowestByte(n)) | 0;
    p = (p + 8) | 0;
  }
  for (; p < end; p++) if (buffer[p] === 0x0a) return p;
  return -1;
}

/** The offset of the first colon or LF in [from, end), whichever comes first, or -1. */
function findColonOrLF(view: DataView, buffer: Buffer, from: number, end: number): number {
  let p = from | 0;
  const last = (end - 8) | 0;
  while (p <= last) {
    const v = view.getInt32(p, true);
    const m = zeroBytes(v ^ LF4) | zeroBytes(v ^ COLON4);
    if (m !== 0) return (p + lowestByte(m)) | 0;
    const w = view.getInt32(p + 4, true);
    const n = zeroBytes(w ^ LF4) | zeroBytes(w ^ COLON4);
    if (n !== 0) return (p + 4 + lowestByte(n)) | 0;
    p = (p + 8) | 0;
  }
  for (; p < end; p++) {
    const b = buffer[p];
    if (b === 0x0a || b === 0x3a) return p;
  }
  return -1;
}

/** `HTTP/1.x NNN` followed by a space or the end of the line. */
function isStatusLine(buffer: Buffer, view: DataView, at: number, lineEnd: number): boolean {
  if (lineEnd - at < 12) return false;
  if (view.getInt32(at, true) !== HTTP || (view.getInt32(at + 4, true) & 0xffffff) !== SLASH_1_DOT) return false;
  const minor = buffer[at + 7]!;
  if (minor < 0x30 || minor > 0x39 || buffer[at + 8] !== 0x20) return false;
  for (let i = 9; i < 12; i++) if (buffer[at + i]! < 0x30 || buffer[at + i]! > 0x39) return false;
  if (buffer[at + 9] === 0x30) return false;
  return lineEnd === at + 12 || buffer[at + 12] === 0x20;
}

const HTTP = word('HTTP');
/** '/1.' and the byte after it masked off. */
const SLASH_1_DOT = word('/1.\0');

/** A header name against a lower-case one, without case. */
function nameIs(buffer: Buffer, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((buffer[at + i]! | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

/** 1 to 15 digits between optional spaces or tabs; -1 otherwise. */
function parseLength(buffer: Buffer, from: number, to: number): number {
  while (from < to && (buffer[from] === 0x20 || buffer[from] === 0x09)) from++;
  while (to > from && (buffer[to - 1] === 0x20 || buffer[to - 1] === 0x09)) to--;
  if (to === from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = buffer[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** A simple FIFO that does not shift arrays: the queue can hold up to the in-flight cap. */
class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  unshift(item: T): void {
    if (this.head > 0) this.items[--this.head] = item;
    else this.items.unshift(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  remove(item: T): boolean {
    const at = this.items.indexOf(item, this.head);
    if (at < 0) return false;
    this.items.splice(at, 1);
    return true;
  }
  drain(): T[] {
    const rest = this.items.slice(this.head) as T[];
    this.items = [];
    this.head = 0;
    return rest;
  }
}

/** The part of a TCP handle (Node's LibuvStreamWrap) the client writes to. */
interface StreamHandle {
  writeBuffer(request: WriteRequest, data: Buffer): number;
}

/** Node's WriteWrap, with the fields node:internal/stream_base_commons sets on it. */
interface WriteRequest {
  oncomplete: (this: WriteRequest, status: number) => void;
  async: boolean;
  bytes: number;
  buffer: Buffer | null;
  connection: Connection;
}

interface StreamWrapBinding {
  WriteWrap: new () => WriteRequest;
  streamBaseState: Int32Array;
  kLastWriteWasAsync: number;
}

/**
 * Writing a request on a socket's handle, as net.Socket does under its stream machinery, needs
 * Node's WriteWrap and the flag that says whether the last write went asynchronous: both from the
 * `stream_wrap` binding, the one net.Socket uses. `process.binding` warns only under
 * --pending-deprecation, so then (or where the binding is not what this expects) every request goes
 * through `socket.write`, as it always may.
 */
function loadHandleWrites() {
  if (process.execArgv.includes('--pending-deprecation') || /--pending-deprecation/.test(process.env.NODE_OPTIONS ?? '')) return undefined;
  let binding: StreamWrapBinding;
  try {
    binding = (process as unknown as { binding(name: string): StreamWrapBinding }).binding('stream_wrap');
  } catch {
    return undefined;
  }
  const { WriteWrap, streamBaseState: state, kLastWriteWasAsync: lastWriteWasAsync } = binding;
  if (typeof WriteWrap !== 'function' || !types.isInt32Array(state) || typeof lastWriteWasAsync !== 'number') return undefined;
  // A write libuv completed later: only a failure matters (the socket's 'close' then ends the exchange).
  function oncomplete(this: WriteRequest, status: number): void {
    this.buffer = null;
    if (status < 0) this.connection.writeFailed(status);
  }
  return {
    request(connection: Connection): WriteRequest {
      const request = new WriteWrap();
      request.oncomplete = oncomplete;
      request.async = false;
      request.bytes = 0;
      request.buffer = null;
      request.connection = connection;
      return request;
    },
    lastWriteWasAsync: () => state[lastWriteWasAsync] !== 0,
  };
}

const handleWrites = loadHandleWrites();

/** The socket's handle when requests can be written to it directly. */
function writableHandle(socket: Socket): StreamHandle | undefined {
  const handle = (socket as unknown as { _handle?: Partial<StreamHandle> | null })._handle;
  return handleWrites && typeof handle?.writeBuffer === 'function' ? (handle as StreamHandle) : undefined;
}

/** Reads go into one buffer per client: data is parsed before the next read, and what a parse keeps is copied. */
const READ_BUFFER_BYTES = 64 * 1024;

export class LoadClient {
  readonly clock: () => number;
  /** Connections opened so far (for tests and the bench). */
  opened = 0;
  /** Requests written to a socket's handle rather than through socket.write (for tests). */
  writtenToHandle = 0;
  /** Of those, writes the kernel did not take at once: libuv completed them later (for tests). */
  writtenToHandleLater = 0;
  private readonly host: string;
  private readonly port: number;
  private readonly tls: boolean;
  private readonly servername: string | undefined;
  private readonly connections = new Set<Connection>();
  private readonly idle: Connection[] = [];
  private readonly queue = new Queue<Exchange>();
  private connecting = 0;
  private readonly sweeper: NodeJS.Timeout;
  private readonly readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  private readonly readView = viewOf(this.readBuffer);
  private readonly source: RequestSource | undefined;
  private closing = false;

  constructor(private readonly options: LoadClientOptions) {
    const url = new URL(options.origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the load client speaks http and https, not ${url.protocol}`);
    this.tls = url.protocol === 'https:';
    this.host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    this.port = url.port ? Number(url.port) : this.tls ? 443 : 80;
    this.servername = isIP(this.host) ? undefined : this.host;
    this.clock = options.clock ?? (() => performance.now());
    this.source = options.source;
    // One timer for every deadline: a timer per request costs more than the request itself at high rates.
    const every = Math.min(250, Math.max(5, Math.floor(options.timeoutMs / 20)));
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  /** Sends `request` now on an idle connection, or as soon as one is free; `now` saves a clock read when the caller has one. */
  send(request: PreparedRequest, handler: ExchangeHandler, now = this.clock()): Exchange {
    const exchange: Exchange = { request, handler, cancelled: false, retried: false, connection: undefined };
    if (this.closing) {
      handler.onError('other', 'the load client is closed');
      return exchange;
    }
    const connection = this.idle.pop();
    if (connection) connection.start(exchange, now);
    else {
      this.queue.push(exchange);
      this.grow();
    }
    return exchange;
  }

  /**
   * Opens connections until `count` are open or opening (never more than the client may open), before
   * any request needs them, as wrk does; resolves once every attempt has connected or failed. A load
   * that starts with one connection queues its first due requests while the rest open.
   */
  preconnect(count: number): Promise<void> {
    const attempts: Promise<void>[] = [];
    while (!this.closing && this.connections.size < Math.min(count, this.options.connections)) {
      attempts.push(new Promise<void>((resolve) => (this.open().settled = resolve)));
    }
    return Promise.all(attempts).then(() => undefined);
  }

  /** Forgets a request: no handler is called, and its connection (if it was on one) is closed. */
  cancel(exchange: Exchange): void {
    if (exchange.cancelled) return;
    exchange.cancelled = true;
    if (exchange.connection?.exchange === exchange) exchange.connection.fail('other', 'cancelled');
    else this.queue.remove(exchange);
  }

  /** Requests waiting for a connection, the source's included. */
  get queued(): number {
    return this.queue.length + (this.source?.waiting ?? 0);
  }

  /** Connections open and waiting for a request. */
  get idleConnections(): number {
    return this.idle.length;
  }

  /** The source has more requests waiting: opens connections for them, as `send` does for a queued request. */
  sourceGrew(): void {
    this.grow();
  }

  get openConnections(): number {
    return this.connections.size;
  }

  /** Closes every connection at once; requests still on their way are dropped without a call to their handlers. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweeper);
    for (const exchange of this.queue.drain()) exchange.cancelled = true;
    const closed = [...this.connections].map((c) => new Promise<void>((resolve) => {
      if (c.exchange) c.exchange.cancelled = true;
      if (c.socket.destroyed && c.socket.closed) return resolve();
      c.socket.once('close', () => resolve());
      c.socket.destroy();
    }));
    await Promise.all(closed);
    this.connections.clear();
    this.idle.length = 0;
  }

  /** @internal A connection finished a response and stays open: it takes the oldest waiting request. */
  release(connection: Connection, now: number): void {
    const next = this.nextExchange() ?? this.fromSource();
    if (next) connection.start(next, now);
    else {
      connection.state = State.Idle;
      this.idle.push(connection);
    }
  }

  /** @internal Closes a connection; `then` runs once it is out of the pool (a handler may send again). */
  drop(connection: Connection, then: (() => void) | undefined): void {
    if (connection.state !== State.Closed) {
      if (connection.state === State.Idle) {
        const at = this.idle.indexOf(connection);
        if (at >= 0) this.idle.splice(at, 1);
      }
      if (connection.state === State.Connecting) this.connecting--;
      connection.state = State.Closed;
      connection.socket.destroy();
      connection.settle();
    }
    this.connections.delete(connection);
    then?.();
    this.grow();
  }

  /** @internal */
  requeue(exchange: Exchange): void {
    exchange.connection = undefined;
    this.queue.unshift(exchange);
    this.grow();
  }

  /** @internal A connection attempt failed: the oldest waiting request fails with its reason. */
  connectFailed(connection: Connection, kind: TransportFailureKind, message: string): void {
    this.connecting--;
    this.connections.delete(connection);
    connection.socket.destroy();
    connection.settle();
    const exchange = this.nextExchange() ?? this.fromSource();
    exchange?.handler.onError(kind, message);
    this.grow();
  }

  private nextExchange(): Exchange | undefined {
    for (let e = this.queue.shift(); e; e = this.queue.shift()) if (!e.cancelled) return e;
    return undefined;
  }

  /** The source's oldest request as an exchange, once the client's own queue is empty. */
  private fromSource(): Exchange | undefined {
    const source = this.source;
    if (source === undefined || this.closing || source.waiting === 0) return undefined;
    const handler = source.take();
    return { request: handler.request, handler, cancelled: false, retried: false, connection: undefined };
  }

  /** Opens connections for waiting requests, one per request not yet covered by an attempt under way. */
  private grow(): void {
    if (this.closing) return;
    const waiting = this.queue.length + (this.source?.waiting ?? 0);
    while (waiting > this.connecting && this.connections.size < this.options.connections) this.open();
  }

  private open(): Connection {
    this.opened++;
    this.connecting++;
    // The callbacks run once the socket exists, after `connection` below is set.
    const onConnected = () => {
      if (connection.state !== State.Connecting) return;
      this.connecting--;
      connection.socket.setNoDelay(true);
      if (!this.tls && this.options.handleWrites !== false) connection.handle = writableHandle(connection.socket);
      this.release(connection, this.clock());
      connection.settle();
    };
    let socket: Socket;
    if (this.tls) {
      socket = tlsConnect({
        host: this.host, port: this.port, ...(this.servername ? { servername: this.servername } : {}),
        ...(this.options.secureContext ? { secureContext: this.options.secureContext } : {}),
        ALPNProtocols: ['http/1.1'],
      }, onConnected);
      socket.on('data', (chunk: Buffer) => connection.onData(chunk, 0, chunk.length, undefined));
    } else {
      socket = netConnect({
        host: this.host, port: this.port, noDelay: true,
        onread: { buffer: this.readBuffer, callback: (n: number, buffer: Uint8Array) => {
          connection.onData(buffer as Buffer, 0, n, this.readView);
          return true;
        } },
      }, onConnected);
    }
    const connection = new Connection(this, socket);
    this.connections.add(connection);
    socket.on('error', (error: NodeJS.ErrnoException) => connection.onError(error));
    socket.on('close', () => connection.onClose());
    return connection;
  }

  /** Ends connection attempts and exchanges that went quiet for longer than the timeout. */
  private sweep(): void {
    const now = this.clock();
    const limit = this.options.timeoutMs;
    for (const connection of this.connections) {
      if (now - connection.lastActivity < limit) continue;
      if (connection.state === State.Connecting) {
        connection.state = State.Closed;
        this.connectFailed(connection, 'connect-timeout', `could not connect to ${this.host}:${this.port} within ${limit} ms`);
      } else if (connection.state === State.Busy) {
        connection.fail('timeout', `no complete response within ${limit} ms`);
      }
    }
  }
}
