import { compileUserRegex } from '../user-regex.js';
import type { HttpExchange } from './client.js';
import type { CookieJar } from './cookie-jar.js';
import { JsonPathError, parseJsonPath, queryJsonPath, type JsonPathSegment } from './jsonpath.js';

/**
 * Where a captured value comes from: `$.a.b[0]` (JSONPath into the body), `header:Name`, `cookie:name`,
 * `input:name` (an HTML form field or meta tag, e.g. a CSRF token) or `regex:pattern` (first group,
 * else the whole match).
 */
export type CaptureSource =
  | { kind: 'json'; path: JsonPathSegment[] }
  | { kind: 'header'; name: string }
  | { kind: 'cookie'; name: string }
  | { kind: 'input'; name: string }
  | { kind: 'regex'; pattern: RegExp };

export class CaptureSourceError extends Error {}

export function parseCaptureSource(source: string): CaptureSource {
  const prefixed = /^(header|cookie|input|regex):(.*)$/s.exec(source);
  if (prefixed) {
    const [, kind, rest] = prefixed as unknown as [string, 'header' | 'cookie' | 'input' | 'regex', string];
    const name = rest.trim();
    if (!name) throw new CaptureSourceError(`capture "${source}" names nothing after ${kind}:`);
    if (kind !== 'regex') return { kind, name: kind === 'header' ? name.toLowerCase() : name };
    try {
      return { kind, pattern: compileUserRegex(rest) };
    } catch (error) {
      throw new CaptureSourceError(`capture "${source}" is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  try {
    return { kind: 'json', path: parseJsonPath(source) };
  } catch (error) {
    if (error instanceof JsonPathError) throw new CaptureSourceError(`capture "${source}": ${error.message}; other sources are header:, cookie:, input: and regex:`);
    throw error;
  }
}

export interface CaptureFailure {
  name: string;
  source: string;
  message: string;
}

export interface CaptureResult {
  values: Map<string, string>;
  failures: CaptureFailure[];
}

/** Runs every capture of a step; a value found is kept even when another capture fails. */
export function runCaptures(exchange: HttpExchange, captures: Readonly<Record<string, string>>, jar?: CookieJar): CaptureResult {
  const values = new Map<string, string>();
  const failures: CaptureFailure[] = [];
  const body = lazyJson(exchange.response.body);
  for (const [name, source] of Object.entries(captures)) {
    let parsed: CaptureSource;
    try {
      parsed = parseCaptureSource(source);
    } catch (error) {
      failures.push({ name, source, message: (error as Error).message });
      continue;
    }
    const found = captureValue(exchange, parsed, body, jar);
    if (typeof found === 'string') values.set(name, found);
    else failures.push({ name, source, message: `capture ${name} (${source}) ${found.missing}` });
  }
  return { values, failures };
}

type Found = string | { missing: string };

function captureValue(exchange: HttpExchange, source: CaptureSource, body: () => { ok: true; value: unknown } | { ok: false }, jar?: CookieJar): Found {
  const response = exchange.response;
  switch (source.kind) {
    case 'json': {
      const parsed = body();
      if (!parsed.ok) return { missing: 'found no JSON body' };
      const [first] = queryJsonPath(parsed.value, source.path);
      if (first === undefined) return { missing: 'matched nothing in the body' };
      return typeof first === 'string' ? first : JSON.stringify(first);
    }
    case 'header': {
      const value = response.headers[source.name];
      return value ?? { missing: 'found no such header' };
    }
    case 'cookie': {
      // The last Set-Cookie of the exchange wins, as it would in a browser; else the session's jar.
      for (const header of [...response.setCookie].reverse()) {
        const pair = header.split(';', 1)[0]!;
        const eq = pair.indexOf('=');
        if (eq > 0 && pair.slice(0, eq).trim() === source.name) return pair.slice(eq + 1).trim();
      }
      return jar?.get(source.name) ?? { missing: 'found no such cookie' };
    }
    case 'input': {
      const value = htmlFieldValue(response.body, source.name);
      return value ?? { missing: `found no <input name="${source.name}"> or <meta name="${source.name}"> with a value` };
    }
    case 'regex': {
      const match = source.pattern.exec(response.body);
      if (!match) return { missing: 'matched nothing in the body' };
      return match[1] ?? match[0];
    }
  }
}

function lazyJson(text: string): () => { ok: true; value: unknown } | { ok: false } {
  let parsed: { ok: true; value: unknown } | { ok: false } | undefined;
  return () => {
    if (!parsed) {
      try {
        parsed = { ok: true, value: JSON.parse(text) };
      } catch {
        parsed = { ok: false };
      }
    }
    return parsed;
  };
}

/** The value of `<input name=NAME value=…>`, else the content of `<meta name=NAME content=…>`; attribute order does not matter. */
export function htmlFieldValue(html: string, name: string): string | undefined {
  for (const [tag, valueAttribute] of [['input', 'value'], ['meta', 'content']] as const) {
    for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
      const attributes = parseAttributes(match[1]!);
      if (attributes.get('name') === name && attributes.has(valueAttribute)) return attributes.get(valueAttribute);
    }
  }
  return undefined;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attributes.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
