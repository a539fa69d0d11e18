import type { Manifest } from '../manifest/types.js';
import type { Masker } from '../mask.js';
import { buildRequest, InvalidRequestError, type RequestSpec } from './build-request.js';
import { runCaptures, type CaptureFailure } from './captures.js';
import { TransportError, type HttpClient, type HttpExchange } from './client.js';
import { CookieJar } from './cookie-jar.js';
import { checkExpectations, ExpectationError, type ExpectationFailure } from './expectations.js';
import { sendWithRetries } from './retry.js';
import { TemplateError, type Templater } from './templater.js';

export type SessionDefinition = NonNullable<Manifest['sessions']>[string];

/** A signed-in role: its cookies, and the headers every request of the session carries. */
export interface SignedInSession {
  name: string;
  jar: CookieJar;
  /** Expanded session headers; sent only to the origin. */
  headers: Record<string, string>;
  /** What the login captured. Secrets: already registered with the masker. */
  captures: Map<string, string>;
}

/** Which request of a sign-in failed, and how. */
export interface SignInFailure {
  session: string;
  phase: 'login-page' | 'login' | 'headers';
  kind: 'transport' | 'expectation' | 'invalid';
  error?: TransportError;
  exchange?: HttpExchange;
  /** Unmet expectations and captures that found nothing. */
  failures?: (ExpectationFailure | CaptureFailure)[];
  message: string;
}

export type SignInResult = { ok: true; session: SignedInSession; exchanges: HttpExchange[] } | { ok: false; failure: SignInFailure; exchanges: HttpExchange[] };

export interface SignInOptions {
  client: HttpClient;
  /** The environment's url; requests resolve under it and credentials stay on its origin. */
  base: URL;
  /** Reads the environment (every value read is masked); its captures are the run's built-in values. */
  templater: Templater;
  masker: Masker;
  timeoutMs: number;
  signal?: AbortSignal;
  retries: number;
  /** Where the sign-in's redirects may lead (the manifest's origins). */
  allowedOrigins?: readonly string[];
}

/**
 * Signs a session in: the optional login page (for a CSRF token and its cookie), then the login, in one
 * cookie jar. Every value the login captures and every cookie it receives is a credential, masked the
 * moment it is read. A session without a login only has headers (e.g. an API key from the environment).
 */
export async function signIn(name: string, definition: SessionDefinition, options: SignInOptions): Promise<SignInResult> {
  const jar = new CookieJar(options.base.origin, Date.now, (value) => options.masker.add(value));
  const captures = new Map(options.templater.captures);
  const templater = options.templater.with(captures);
  const exchanges: HttpExchange[] = [];

  const phases = [
    ['login-page', definition['login-page']],
    ['login', definition.login],
  ] as const;
  for (const [phase, spec] of phases) {
    if (!spec) continue;
    const fail = (failure: Omit<SignInFailure, 'session' | 'phase'>): SignInResult => ({ ok: false, failure: { session: name, phase, ...failure }, exchanges });
    let request;
    try {
      request = buildRequest(spec as RequestSpec, options.base, templater);
    } catch (error) {
      if (error instanceof InvalidRequestError) return fail({ kind: 'invalid', message: error.message });
      throw error;
    }
    // A sign-in may be repeated: at worst the server opens a second session.
    const sent = await sendWithRetries(options.client, request, { origin: options.base.origin, jar, timeoutMs: options.timeoutMs, signal: options.signal, allowedOrigins: options.allowedOrigins }, { retries: options.retries, mayRepeat: true });
    if (sent.error) return fail({ kind: 'transport', error: sent.error, message: sent.error.message });
    const exchange = sent.exchange!;
    exchanges.push(exchange);
    const captured = runCaptures(exchange, spec.capture ?? {}, jar);
    for (const [key, value] of captured.values) {
      options.masker.add(value);
      captures.set(key, value);
    }
    let unmet: (ExpectationFailure | CaptureFailure)[];
    try {
      const expectations = checkExpectations(exchange, spec.expect, templater);
      // After a wrong status, a capture finding nothing says nothing new.
      unmet = [...expectations, ...(expectations.some((f) => f.expectation === 'status') ? [] : captured.failures)];
    } catch (error) {
      if (error instanceof ExpectationError || error instanceof TemplateError) return fail({ kind: 'invalid', message: error.message });
      throw error;
    }
    if (unmet.length) return fail({ kind: 'expectation', exchange, failures: unmet, message: unmet.map((f) => f.message).join('; ') });
  }

  const headers: Record<string, string> = {};
  try {
    for (const [header, value] of Object.entries(definition.headers ?? {})) headers[header] = templater.expand(String(value));
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, failure: { session: name, phase: 'headers', kind: 'invalid', message: error.message }, exchanges };
    throw error;
  }
  for (const value of Object.values(headers)) options.masker.add(value);
  // Only the login's own captures belong to the session; built-in values stay where they were.
  for (const key of options.templater.captures.keys()) if (captures.get(key) === options.templater.captures.get(key)) captures.delete(key);
  return { ok: true, session: { name, jar, headers, captures }, exchanges };
}
