import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** Bodies above this are refused with 413 before they are buffered. */
export const MAX_BODY_BYTES = 64 * 1024;

/** An error a client caused: the status, a stable code and a message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sent on every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/**
 * The default for every response; only public assets override it. Defaulting to private means a
 * new route cannot leak a signed-in page into a shared cache by forgetting a header.
 */
export const PRIVATE_CACHE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store, private',
  Vary: 'Cookie, Authorization',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  });
  res.end(html);
}

/** A response without a body: 204, 304 or a redirect (whose Location is in `headers`). */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string | string[]> = {}): void {
  // 204 and 304 never carry a body, so they must not announce a length of 0.
  res.writeHead(status, status === 204 || status === 304 ? headers : { ...headers, 'Content-Length': 0 });
  res.end();
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: error.code, message: error.message }, error.headers);
}

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads the whole body, refusing more than MAX_BODY_BYTES. An oversized body is not read further
 * into memory; the rest is discarded so the client still receives the 413 instead of a reset.
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

function tooLarge(): HttpError {
  // Connection: close, so a client still streaming a huge body is not kept on a keep-alive socket.
  return new HttpError(413, 'payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
}

/** Reads a JSON object body; 415 for another media type, 400 for anything that is not a JSON object. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (mediaType(req) !== 'application/json') {
    // Requiring the JSON media type also stops cross-site HTML forms, which cannot send it.
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  const text = (await readBody(req)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'invalid_json', 'The request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (mediaType(req) !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded');
  }
  // URLSearchParams leaves malformed percent-escapes as they are instead of throwing.
  return new URLSearchParams((await readBody(req)).toString('utf8'));
}

/** Cookie values are compared as sent: every cookie this app sets is base64url, so none needs decoding. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The client address without the IPv4-mapped prefix, so `::ffff:127.0.0.1` and `127.0.0.1` share a limit. */
export function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * Answers requests Node could not parse (bad syntax, headers over 16 KiB) with a JSON error
 * instead of Node's bare status line, then closes the connection.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Once a response has started on this socket, another status line would corrupt it.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket).bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers_too_large', 'Request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request took too long to arrive']
        : [400, 'bad_request', 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: code, message });
  const headers = {
    ...SECURITY_HEADERS,
    ...PRIVATE_CACHE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}
