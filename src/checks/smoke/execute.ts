import { buildRequest, InvalidRequestError, type RequestSpec } from '../../http/build-request.js';
import { runCaptures } from '../../http/captures.js';
import type { HttpClient, HttpExchange, TransportError } from '../../http/client.js';
import type { CookieJar } from '../../http/cookie-jar.js';
import { checkExpectations, ExpectationError } from '../../http/expectations.js';
import type { Method } from '../../http/request-line.js';
import { sendWithRetries, type RetryPolicy } from '../../http/retry.js';
import { TemplateError, type Templater } from '../../http/templater.js';
import type { Expect } from '../../manifest/types.js';
import type { Masker } from '../../mask.js';
import { bodyExcerpt } from './excerpt.js';

export interface ExecuteOptions {
  client: HttpClient;
  base: URL;
  templater: Templater;
  masker: Masker;
  jar: CookieJar;
  sessionHeaders?: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
  followRedirects?: boolean;
  /** Where redirects may lead (the manifest's origins); elsewhere they are not followed. */
  allowedOrigins?: readonly string[];
  retry(method: Method): RetryPolicy;
  /** Headers added by the check (Idempotency-Key, the run marker), unless the manifest sets them. */
  extraHeaders?(method: Method): Record<string, string>;
  expect?: Expect;
  capture?: Readonly<Record<string, string>>;
}

/** What one request of the check did: a response checked against its expectations, or why there was none. */
export interface Executed {
  method?: Method;
  exchange?: HttpExchange;
  error?: TransportError;
  invalid?: string;
  failures: { expectation?: string; message: string }[];
  captured: Map<string, string>;
  excerpt?: string;
  attempts: number;
}

export async function execute(spec: RequestSpec, options: ExecuteOptions): Promise<Executed> {
  const result: Executed = { failures: [], captured: new Map(), attempts: 0 };
  let request;
  try {
    request = buildRequest(spec, options.base, options.templater, options.sessionHeaders);
  } catch (error) {
    if (error instanceof InvalidRequestError) return { ...result, invalid: error.message };
    throw error;
  }
  result.method = request.method;
  const present = new Set([...Object.keys(request.headers), ...Object.keys(request.credentials ?? {})].map((h) => h.toLowerCase()));
  for (const [name, value] of Object.entries(options.extraHeaders?.(request.method) ?? {})) {
    if (!present.has(name.toLowerCase())) request.headers[name] = value;
  }

  const sent = await sendWithRetries(
    options.client, request,
    { origin: options.base.origin, jar: options.jar, timeoutMs: options.timeoutMs, signal: options.signal, followRedirects: options.followRedirects, allowedOrigins: options.allowedOrigins },
    options.retry(request.method),
  );
  result.attempts = sent.attempts;
  if (sent.error) return { ...result, error: sent.error };
  const exchange = sent.exchange!;
  result.exchange = exchange;

  // Captures are kept even when an expectation fails, so a cleanup can still undo what was created.
  const captured = runCaptures(exchange, options.capture ?? {}, options.jar);
  // A captured value (a token, an id a cleanup uses) is a secret from the moment it is read.
  for (const value of captured.values.values()) options.masker.add(value);
  result.captured = captured.values;
  try {
    const unmet = checkExpectations(exchange, options.expect, options.templater);
    result.failures = [
      ...unmet.map((f) => ({ expectation: f.expectation, message: options.masker.mask(`expect.${f.expectation}: ${f.message}`) })),
      // After a wrong status, a capture finding nothing says nothing new.
      ...(unmet.some((f) => f.expectation === 'status') ? [] : captured.failures.map((f) => ({ message: f.message }))),
    ];
  } catch (error) {
    if (error instanceof ExpectationError || error instanceof TemplateError) return { ...result, invalid: error.message };
    throw error;
  }
  if (result.failures.length) result.excerpt = bodyExcerpt(exchange.response, options.masker);
  return result;
}
