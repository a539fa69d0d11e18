import { describe, expect, test } from '@jest/globals';
import { isIdempotent, isWrite, parseRequestLine } from '../../src/http/request-line.js';

const BASE = new URL('https://ops.example.com');
const PREFIXED = new URL('https://ops.example.com/app/');

describe('parseRequestLine', () => {
  test.each([
    ['GET /api/tasks', BASE, 'GET', 'https://ops.example.com/api/tasks'],
    ['DELETE /api/tasks/7?force=1', BASE, 'DELETE', 'https://ops.example.com/api/tasks/7?force=1'],
    ['POST https://ops.example.com/api/login', BASE, 'POST', 'https://ops.example.com/api/login'],
    ['GET /api/tasks', PREFIXED, 'GET', 'https://ops.example.com/app/api/tasks'],
    ['  HEAD   /healthz  ', BASE, 'HEAD', 'https://ops.example.com/healthz'],
    ['GET /a b', BASE, undefined, '"GET /a b" is not a request such as "GET /api/tasks"'],
  ])('%s', (line, base, method, url) => {
    if (method === undefined) {
      expect(() => parseRequestLine(line, base)).toThrow(url);
      return;
    }
    const parsed = parseRequestLine(line, base);
    expect([parsed.method, parsed.url.href]).toEqual([method, url]);
  });

  test.each([
    ['GET https://evil.example.net/steal', 'https://evil.example.net is not the environment\'s origin (https://ops.example.com); requests go only to the environment under test'],
    ['GET http://ops.example.com/api', 'http://ops.example.com is not the environment\'s origin (https://ops.example.com); requests go only to the environment under test'],
    ['GET //evil.example.net/x', 'the path "//evil.example.net/x" resolves to https://evil.example.net, not the environment\'s origin (https://ops.example.com)'],
    ['GET /\\evil.example.net:8443/x', 'the path "/\\evil.example.net:8443/x" resolves to https://evil.example.net:8443, not the environment\'s origin (https://ops.example.com)'],
    ['GET /\\/evil.example.net', 'the path "/\\/evil.example.net" resolves to https://evil.example.net, not the environment\'s origin (https://ops.example.com)'],
    ['GET /%5Cevil.example.net/x', '"/%5Cevil.example.net/x" starts with two slashes once decoded, which some servers read as another host'],
    ['GET /%2F%2Fevil.example.net', '"/%2F%2Fevil.example.net" starts with two slashes once decoded, which some servers read as another host'],
    ['GET api/tasks', '"api/tasks" must be a path starting with / or a full URL on the environment\'s origin'],
    ['TRACE /', 'TRACE is not a method release-gate sends (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS)'],
    ['get /', '"get /" is not a request such as "GET /api/tasks"'],
  ])('%s is refused', (line, message) => {
    expect(() => parseRequestLine(line, BASE)).toThrow(message);
  });

  test('methods that may be repeated, and methods that write', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'].map((m) => [m, isIdempotent(m), isWrite(m)])).toEqual([
      ['GET', true, false], ['HEAD', true, false], ['OPTIONS', true, false], ['PUT', true, true], ['DELETE', true, true], ['POST', false, true], ['PATCH', false, true],
    ]);
  });
});
