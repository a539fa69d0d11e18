import type { StringMap } from '../manifest/types.js';
import type { OutgoingRequest } from './client.js';
import { isCredentialHeader } from './origin-guard.js';
import { parseRequestLine, RequestLineError } from './request-line.js';
import { TemplateError, type Templater } from './templater.js';
import { scanTemplates } from '../manifest/templates.js';

/** The request part of a manifest entry: a login, a step, a cleanup, a readiness probe. */
export interface RequestSpec {
  request: string;
  headers?: StringMap;
  json?: unknown;
  form?: StringMap;
  body?: string;
}

/** The manifest entry cannot become a request (a template without a value, a URL on another origin, ...). */
export class InvalidRequestError extends Error {}

/**
 * Expands templates and builds the request. A header whose value comes from a template, or whose name
 * says it is a credential, is sent only to the origin: it may hold a token.
 */
export function buildRequest(spec: RequestSpec, base: URL, templater: Templater, sessionHeaders: Readonly<Record<string, string>> = {}): OutgoingRequest {
  try {
    const { method, url } = parseRequestLine(templater.expand(spec.request), base);
    const bodies = (['json', 'form', 'body'] as const).filter((k) => spec[k] !== undefined);
    if (bodies.length > 1) throw new InvalidRequestError(`give one body, not ${bodies.join(' and ')}`);

    // Names are lower-cased so a step's header replaces the session's header of the same name.
    const headers: Record<string, string> = {};
    const credentials: Record<string, string> = Object.fromEntries(Object.entries(sessionHeaders).map(([k, v]) => [k.toLowerCase(), v]));
    for (const [raw, rawValue] of Object.entries(spec.headers ?? {})) {
      const name = raw.toLowerCase();
      const text = String(rawValue);
      const value = templater.expand(text);
      if (/[\r\n]/.test(value)) throw new InvalidRequestError(`header ${raw} would contain a line break`);
      if (/[^\t\x20-\x7e]/u.test(value)) throw new InvalidRequestError(`header ${raw} would hold a character outside ASCII, which an HTTP header cannot carry`);
      delete headers[name];
      delete credentials[name];
      if (scanTemplates(text).refs.length > 0 || isCredentialHeader(name)) credentials[name] = value;
      else headers[name] = value;
    }
    const has = (name: string) => name in headers || name in credentials;

    let body: string | undefined;
    if (spec.json !== undefined) {
      body = JSON.stringify(templater.expandDeep(spec.json));
      if (!has('content-type')) headers['content-type'] = 'application/json';
    } else if (spec.form !== undefined) {
      body = new URLSearchParams(Object.entries(spec.form).map(([k, v]): [string, string] => [k, templater.expand(String(v))])).toString();
      if (!has('content-type')) headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (spec.body !== undefined) {
      body = templater.expand(spec.body);
      if (!has('content-type')) headers['content-type'] = 'text/plain; charset=utf-8';
    }
    return { method, url, headers, credentials, ...(body !== undefined ? { body } : {}) };
  } catch (error) {
    if (error instanceof RequestLineError || error instanceof TemplateError) throw new InvalidRequestError(error.message);
    throw error;
  }
}
