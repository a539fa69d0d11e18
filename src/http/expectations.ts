import { compileUserRegex, UserRegexError } from '../user-regex.js';
import type { Expect } from '../manifest/types.js';
import type { HttpExchange } from './client.js';
import { JsonPathError, queryJsonPath } from './jsonpath.js';
import type { Templater } from './templater.js';

/** One expectation the response did not meet, in words a finding can use. */
export interface ExpectationFailure {
  /** The manifest key: status, body-contains, json, headers, max-ms, redirect. */
  expectation: string;
  message: string;
}

/** The manifest's expectation cannot be evaluated (a bad regular expression or JSONPath). */
export class ExpectationError extends Error {}

export type StatusSpec = NonNullable<Expect['status']>;

/** Checks a response against `expect`; with no status given, any 2xx passes. */
export function checkExpectations(exchange: HttpExchange, expect: Expect | undefined, templater: Templater): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const { response } = exchange;
  const status = expect?.status ?? '2xx';
  if (exchange.redirectRefused) {
    // What the redirect would have led to is unknown, so no other expectation can be judged.
    return [{
      expectation: 'redirect',
      message: `the response redirected to ${exchange.redirectRefused}, an origin the manifest does not declare, so it was not followed (declare it as an environment's url if it is meant)`,
    }];
  }
  if (!statusMatches(response.status, status)) {
    const why = exchange.redirectNotFollowed ? ` (redirect not followed: ${exchange.redirectNotFollowed})` : '';
    failures.push({ expectation: 'status', message: `expected ${describeStatus(status)}, got ${response.status}${why}` });
  }
  if (!expect) return failures;

  const contains = expect['body-contains'];
  if (contains !== undefined) {
    const text = templater.expand(contains);
    if (!response.body.includes(text)) failures.push({ expectation: 'body-contains', message: `the body does not contain ${quote(text)}${response.truncated ? ' (in its first MiB)' : ''}` });
  }
  const notContains = expect['body-not-contains'];
  if (notContains !== undefined) {
    const text = templater.expand(notContains);
    if (response.body.includes(text)) failures.push({ expectation: 'body-not-contains', message: `the body contains ${quote(text)}` });
  }

  if (expect.json) {
    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(response.body);
    } catch {
      parsed = false;
    }
    for (const [path, wanted] of Object.entries(expect.json)) {
      if (!parsed) {
        failures.push({ expectation: 'json', message: `${path}: the body is not JSON` });
        continue;
      }
      let matches: unknown[];
      try {
        matches = queryJsonPath(body, path);
      } catch (error) {
        if (error instanceof JsonPathError) throw new ExpectationError(`expect.json: ${error.message}`);
        throw error;
      }
      const failure = checkJsonValue(path, matches, wanted, templater);
      if (failure) failures.push({ expectation: 'json', message: failure });
    }
  }

  for (const [name, pattern] of Object.entries(expect.headers ?? {})) {
    let regex: RegExp;
    try {
      regex = compileUserRegex(templater.expand(pattern, { literal: 'regex' }));
    } catch (error) {
      if (error instanceof UserRegexError) throw new ExpectationError(`expect.headers.${name}: ${pattern.length > 80 ? 'the pattern' : pattern} is not a valid regular expression${/^(is|uses) /.test(error.message) ? `: it ${error.message}` : ''}`);
      throw error;
    }
    const value = response.headers[name.toLowerCase()];
    if (value === undefined) failures.push({ expectation: 'headers', message: `header ${name} is missing` });
    else if (!regex.test(value)) failures.push({ expectation: 'headers', message: `header ${name} is ${quote(value)}, which does not match ${pattern}` });
  }

  const maxMs = expect['max-ms'];
  if (maxMs !== undefined && exchange.ms > maxMs) failures.push({ expectation: 'max-ms', message: `took ${exchange.ms} ms, more than max-ms ${maxMs}` });
  return failures;
}

export function statusMatches(status: number, spec: StatusSpec): boolean {
  const one = (s: number | string) => (typeof s === 'number' ? s === status : Math.floor(status / 100) === Number(s[0]));
  return Array.isArray(spec) ? spec.some(one) : one(spec as number | string);
}

export function describeStatus(spec: StatusSpec): string {
  const list = (Array.isArray(spec) ? spec : [spec]).map(String);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function checkJsonValue(path: string, matches: unknown[], wanted: unknown, templater: Templater): string | undefined {
  if (isExistsCheck(wanted)) {
    if (wanted.exists && matches.length === 0) return `${path} matched nothing`;
    if (!wanted.exists && matches.length > 0) return `${path} is present (${preview(matches[0])}), expected it to be absent`;
    return undefined;
  }
  const expected = templater.expandDeep(wanted);
  if (matches.length === 0) return `${path} matched nothing, expected ${preview(expected)}`;
  const actual = matches[0];
  return jsonEquals(actual, expected) ? undefined : `${path} is ${preview(actual)}, expected ${preview(expected)}`;
}

function isExistsCheck(value: unknown): value is { exists: boolean } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { exists?: unknown }).exists === 'boolean';
}

/**
 * Deep equality, except that an expected string also matches a number or boolean with the same text:
 * templates always expand to strings, and `$.id: "{{ id }}"` should match an id of 7.
 */
export function jsonEquals(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) return String(actual) === expected;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => jsonEquals(actual[i], e));
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return Object.keys(a).length === Object.keys(e).length && Object.keys(e).every((k) => Object.hasOwn(a, k) && jsonEquals(a[k], e[k]));
  }
  return Object.is(actual, expected) || (actual === null && expected === null);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}
