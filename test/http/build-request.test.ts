import { describe, expect, test } from '@jest/globals';
import { buildRequest } from '../../src/http/build-request.js';
import { Templater } from '../../src/http/templater.js';
import { Masker } from '../../src/mask.js';

const BASE = new URL('https://ops.example.com');
const templater = new Templater({ API_KEY: 'k-123456' }, new Map([['id', '7'], ['token', 't-abcdef']]), new Masker());

describe('buildRequest', () => {
  test('JSON, form and raw bodies get their content type unless one is given', () => {
    expect(buildRequest({ request: 'POST /a', json: { id: '{{ id }}', n: 1 } }, BASE, templater)).toMatchObject({ body: '{"id":"7","n":1}', headers: { 'content-type': 'application/json' } });
    expect(buildRequest({ request: 'POST /a', form: { a: 'x y', id: '{{ id }}' } }, BASE, templater)).toMatchObject({ body: 'a=x+y&id=7', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(buildRequest({ request: 'POST /a', body: 'id={{ id }}', headers: { 'Content-Type': 'text/csv' } }, BASE, templater)).toMatchObject({ body: 'id=7', headers: { 'content-type': 'text/csv' } });
  });

  test('headers from templates or named like credentials go only to the origin; a step header replaces the session one', () => {
    const request = buildRequest(
      { request: 'GET /tasks/{{ id }}', headers: { Accept: 'application/json', 'X-Api-Key': '{{ env.API_KEY }}', 'X-Session-Id': 'fixed', Authorization: 'Bearer {{ token }}' } },
      BASE, templater, { authorization: 'Bearer old', 'x-tenant': 'acme' },
    );
    expect(request.url.href).toBe('https://ops.example.com/tasks/7');
    expect(request.headers).toEqual({ accept: 'application/json' });
    expect(request.credentials).toEqual({ authorization: 'Bearer t-abcdef', 'x-tenant': 'acme', 'x-api-key': 'k-123456', 'x-session-id': 'fixed' });
  });

  test.each([
    [{ request: 'POST /a', json: {}, body: 'x' }, 'give one body, not json and body'],
    [{ request: 'GET /a', headers: { 'x-a': '{{ env.MISSING }}' } }, '{{ env.MISSING }} is not set in the environment'],
    [{ request: 'GET /{{ nope }}' }, '{{ nope }} has not been captured yet'],
    [{ request: 'GET https://other.example.com/' }, "https://other.example.com is not the environment's origin (https://ops.example.com); requests go only to the environment under test"],
  ])('%j cannot be built', (spec, message) => {
    expect(() => buildRequest(spec, BASE, templater)).toThrow(message);
  });

  test('a header value with a line break is refused (header injection)', () => {
    const multi = new Templater({}, new Map([['v', 'a\r\nX-Evil: 1']]), new Masker());
    expect(() => buildRequest({ request: 'GET /', headers: { 'x-v': '{{ v }}' } }, BASE, multi)).toThrow('header x-v would contain a line break');
  });
});
