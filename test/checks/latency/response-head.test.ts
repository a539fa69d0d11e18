import { describe, expect, test } from '@jest/globals';
import { ResponseHead } from '../../../src/checks/latency/load-client.js';

// The load client's response head scanner finds line ends and colons four bytes at a time. Each head
// below is scanned at every alignment, with bytes after its end that would mislead a scan reading past
// it, and cut at every byte; the scanner must say exactly what a plain line-by-line reading says.

const MAX = 64 * 1024;

type Facts = Pick<ResponseHead, 'status' | 'http10' | 'length' | 'chunked' | 'otherCoding' | 'connectionClose' | 'connectionKeepAlive' | 'setCookie'>;
type Outcome = { after: number; facts?: Facts } | { error: string };

/** Each character with 0x20 set, as the scanner compares names and values without case. */
const folded = (s: string) => s.replace(/[\s\S]/g, (c) => String.fromCharCode(c.charCodeAt(0) | 0x20));
const withoutCR = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** The head's meaning read line by line with strings: what the scanner must agree with. */
function reference(text: string): Outcome {
  const incomplete = (): Outcome => (text.length > MAX ? { error: `no end of headers within ${MAX} bytes` } : { after: -1 });
  let lf = text.indexOf('\n');
  if (lf < 0) return incomplete();
  const statusLine = withoutCR(text.slice(0, lf));
  if (!/^HTTP\/1\.[0-9] [1-9][0-9]{2}( |$)/.test(statusLine)) return { error: `not an HTTP/1 status line: ${JSON.stringify(statusLine.slice(0, 40))}` };
  const facts: Facts = {
    status: Number(statusLine.slice(9, 12)), http10: statusLine[7] === '0', length: -1, chunked: false, otherCoding: false,
    connectionClose: false, connectionKeepAlive: false, setCookie: undefined,
  };
  for (let pos = lf + 1; ; pos = lf + 1) {
    if (pos > MAX) return { error: `headers longer than ${MAX} bytes` };
    lf = text.indexOf('\n', pos);
    if (lf < 0) return incomplete();
    const line = withoutCR(text.slice(pos, lf));
    if (line === '') return { after: lf + 1, facts };
    const colon = line.indexOf(':');
    if (colon < 0) return { error: 'a header line without a colon' };
    const name = folded(line.slice(0, colon));
    const value = line.slice(colon + 1);
    if (name === 'content-length') {
      const digits = value.replace(/^[ \t]+|[ \t]+$/g, '');
      if (!/^[0-9]{1,15}$/.test(digits)) return { error: `content-length ${JSON.stringify(value.slice(0, 40).trim())}` };
      if (facts.length >= 0 && facts.length !== Number(digits)) return { error: 'two different content-length headers' };
      facts.length = Number(digits);
    } else if (name === 'connection') {
      const tokens = (value.startsWith(' ') ? value.slice(1) : value);
      if (folded(tokens) === folded('keep-alive')) facts.connectionKeepAlive = true;
      else if (folded(tokens) === folded('close')) facts.connectionClose = true;
      else for (const token of value.toLowerCase().split(',')) {
        if (token.trim() === 'close') facts.connectionClose = true;
        else if (token.trim() === 'keep-alive') facts.connectionKeepAlive = true;
      }
    } else if (name === 'transfer-encoding') {
      const codings = value.toLowerCase().split(',').map((c) => c.trim()).filter(Boolean);
      facts.chunked = codings[codings.length - 1] === 'chunked';
      facts.otherCoding = !facts.chunked && codings.length > 0;
    } else if (name === 'set-cookie') {
      (facts.setCookie ??= []).push(value.trim());
    }
  }
}

/** The scanner on `text` placed at `offset` in a larger buffer whose bytes past the text are LFs and colons. */
function scanned(text: string, offset: number): Outcome {
  const buffer = Buffer.alloc(offset + text.length + 16, '\n:\r\n');
  buffer.write(text, offset, 'latin1');
  const head = new ResponseHead();
  try {
    const after = head.scan(buffer, new DataView(buffer.buffer, buffer.byteOffset, buffer.length), offset, offset + text.length);
    if (after < 0) return { after };
    const { status, http10, length, chunked, otherCoding, connectionClose, connectionKeepAlive, setCookie } = head;
    return { after: after - offset, facts: { status, http10, length, chunked, otherCoding, connectionClose, connectionKeepAlive, setCookie } };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const heads = [
  // The bench server's head, and the same with LF-only line ends.
  'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nDate: Tue, 08 Dec 2026 02:11:48 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=60\r\n\r\nok',
  'HTTP/1.1 200 OK\ncontent-length: 2\nconnection: keep-alive\n\nok',
  'HTTP/1.1 200\r\nCONTENT-LENGTH:2\r\nCoNNeCTioN: Keep-Alive\r\n\r\n',
  'HTTP/1.0 200 OK\r\ncontent-length: 12\r\nconnection: close\r\n\r\n',
  'HTTP/1.0 404 Not Found\r\nConnection: CLOSE\r\nContent-Length:  7 \r\ncontent-length: 7\r\n\r\n',
  'HTTP/1.1 200 OK\r\nconnection: upgrade, close\r\nconnection:keep-alive\r\n\r\n',
  'HTTP/1.1 200 OK\r\nconnection: Keep-Alivf\r\nconnection: clos\r\nconnection: closed\r\n\r\n',
  'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n',
  'HTTP/1.1 302 Found\r\nSet-Cookie: a=1; Path=/\r\nset-cookie:  b=2 \r\nlocation: /x\r\n\r\n',
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n',
  'HTTP/1.1 204\r\n\r\n',
  // Names one byte off the ones that matter, and names that differ only where 0x20 does not fold.
  'HTTP/1.1 200 OK\r\ncontent-lengthx: 5\r\ncontent-lengt: 5\r\nconnectionx: close\r\nconnectio: close\r\nset-cookiex: a\r\n\r\n',
  'HTTP/1.1 200 OK\r\ncontent\rlength: 9\r\nconnecti\x0en: close\r\n\r\n',
  'HTTP/1.1 200 OK\r\ncontent-length: 4\r\nx: a:b:c\r\n:empty name\r\n\r\n',
  // Broken heads.
  'HTTP/1.1 200 OK\r\ncontent-length: 2x\r\n\r\n',
  'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n',
  'HTTP/1.1 200 OK\r\ncontent-length: \r\n\r\n',
  'HTTP/1.1 200 OK\r\ncontent-length: 1234567890123456\r\n\r\n',
  'HTTP/1.1 200 OK\r\na header without a colon\r\n\r\n',
  'HTTP/1.1 200 OK\r\n\rx: 1\r\n\r\n',
  'SSH-2.0-OpenSSH_9.2\r\n\r\n',
  'HTTP/1.1 099 Low\r\n\r\n',
  'HTTP/1.x 200 OK\r\n\r\n',
  'HTTP/2.0 200 OK\r\n\r\n',
  'HTTP/1.1 200OK\r\n\r\n',
  'HTTP/1.1 20\r\n\r\n',
  `HTTP/1.1 200 OK\r\nx-long: ${'a'.repeat(MAX)}\r\n\r\n`,
];

describe('the response head scanner', () => {
  test.each(heads.map((head) => [JSON.stringify(head.slice(0, 60)), head]))('reads %s as the line-by-line reading does, at every alignment and cut at every byte', (_name, head) => {
    const whole = reference(head);
    // The case itself is what it says: complete heads end where the reading says, broken ones fail.
    if ('after' in whole) expect(whole.after).toBeGreaterThan(0);
    const cuts = head.length > 1000 ? [head.length - 1, head.length] : head.split('').map((_c, i) => i + 1);
    for (let offset = 0; offset < 8; offset++) {
      expect(scanned(head, offset)).toEqual(whole);
      for (const cut of cuts) {
        const text = head.slice(0, cut);
        expect([cut, scanned(text, offset)]).toEqual([cut, reference(text)]);
      }
    }
  });

  test('header names and values of every length up to 40, so that every line end falls at every place in a word', () => {
    for (let n = 1; n <= 40; n++) {
      const name = 'x'.repeat(n);
      const value = 'v'.repeat(41 - n);
      const head = `HTTP/1.1 201 Created\r\n${name}: ${value}\r\ncontent-length: ${n}\r\n${name.toUpperCase()}:${value}\nconnection: keep-alive\r\n\r\n`;
      for (let offset = 0; offset < 8; offset++) {
        const result = scanned(head, offset);
        expect(result).toEqual(reference(head));
        expect(result).toMatchObject({ after: head.length, facts: { status: 201, length: n, connectionKeepAlive: true } });
      }
    }
  });
});
