import { describe, expect, test } from '@jest/globals';
import { htmlFieldValue, parseCaptureSource, runCaptures } from '../../src/http/captures.js';
import type { HttpExchange } from '../../src/http/client.js';
import { CookieJar } from '../../src/http/cookie-jar.js';

function exchange(body: string, headers: Record<string, string> = {}, setCookie: string[] = []): HttpExchange {
  const url = new URL('https://ops.example.com/api/login');
  return { method: 'POST', url, redirects: [], ms: 1, response: { status: 200, url, headers, setCookie, body, truncated: false } };
}

const LOGIN_PAGE = `<form method="post">
<input value="a&amp;b&#x3d;c&#61;" type="hidden" name="_csrf">
<input name='email' type=email>
<meta name="csrf-token" content="meta-token">
</form>`;

describe('runCaptures', () => {
  test.each([
    ['$.token', '{"token":"t-1"}', 't-1'],
    ['$.user.id', '{"user":{"id":42}}', '42'],
    ['$.tags', '{"tags":["a","b"]}', '["a","b"]'],
    ['$.items[*].id', '{"items":[{"id":"first"},{"id":"second"}]}', 'first'],
    ['regex:id=(\\d+)', 'created id=17 ok', '17'],
    ['regex:\\d+', 'created id=17 ok', '17'],
    ['input:_csrf', LOGIN_PAGE, 'a&b=c='],
    ['input:csrf-token', LOGIN_PAGE, 'meta-token'],
  ])('%s', (source, body, value) => {
    expect(runCaptures(exchange(body), { x: source })).toEqual({ values: new Map([['x', value]]), failures: [] });
  });

  test('headers are matched without regard to case; cookies come from Set-Cookie, else the jar', () => {
    const jar = new CookieJar('https://ops.example.com');
    jar.store(new URL('https://ops.example.com/'), ['older=from-jar; Path=/']);
    const result = runCaptures(exchange('', { location: '/api/tasks/9' }, ['sid=first; Path=/', 'sid=second; Path=/']), {
      location: 'header:Location', sid: 'cookie:sid', older: 'cookie:older',
    }, jar);
    expect(result.values).toEqual(new Map([['location', '/api/tasks/9'], ['sid', 'second'], ['older', 'from-jar']]));
  });

  test('what is not found is a failure naming the capture and its source; the rest are kept', () => {
    const result = runCaptures(exchange('<html>no json</html>'), {
      id: '$.id', name: 'header:x-name', sid: 'cookie:sid', field: 'input:_csrf', code: 'regex:code=(\\w+)', title: 'regex:no (json)',
    });
    expect(result.values).toEqual(new Map([['title', 'json']]));
    expect(result.failures.map((f) => f.message)).toEqual([
      'capture id ($.id) found no JSON body',
      'capture name (header:x-name) found no such header',
      'capture sid (cookie:sid) found no such cookie',
      'capture field (input:_csrf) found no <input name="_csrf"> or <meta name="_csrf"> with a value',
      'capture code (regex:code=(\\w+)) matched nothing in the body',
    ]);
  });

  test.each([
    ['regex:(unclosed', 'capture "regex:(unclosed" is not a valid regular expression: Invalid regular expression: /(unclosed/: Unterminated group'],
    ['header:', 'capture "header:" names nothing after header:'],
    ['token', 'capture "token": JSONPath "token" must start with $; other sources are header:, cookie:, input: and regex:'],
  ])('%s is an invalid source', (source, message) => {
    expect(() => parseCaptureSource(source)).toThrow(message);
    expect(runCaptures(exchange('{}'), { x: source }).failures).toEqual([{ name: 'x', source, message }]);
  });
});

describe('htmlFieldValue', () => {
  test('finds a field whatever the attribute order and quoting', () => {
    expect(htmlFieldValue('<INPUT type=hidden value=unquoted name=_csrf>', '_csrf')).toBe('unquoted');
    expect(htmlFieldValue('<input name="other" value="x"><input name="_csrf" value="">', '_csrf')).toBe('');
    expect(htmlFieldValue('<input name="_csrf">', '_csrf')).toBeUndefined();
  });
});
