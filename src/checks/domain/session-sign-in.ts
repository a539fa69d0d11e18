import type { Manifest } from '../../manifest/types.js';
import type { Masker } from '../../mask.js';
import { buildRequest, InvalidRequestError, type RequestSpec } from '../../http/build-request.js';
import { runCaptures } from '../../http/captures.js';
import type { HttpExchange, OutgoingRequest } from '../../http/client.js';
import { CookieJar } from '../../http/cookie-jar.js';
import { checkExpectations, ExpectationError } from '../../http/expectations.js';
import { headersForUrl } from '../../http/origin-guard.js';
import { TemplateError, type Templater } from '../../http/templater.js';
import type { HttpProbe, HttpResponse } from './http-probe.js';

/**
 * Signs a manifest session in for the header inspector, with the shared pieces of src/http (request
 * building, captures, expectations, the origin-bound cookie jar) over this check's HttpProbe, whose
 * connections go through the configured resolver. src/http/session.ts does the same over HttpClient,
 * which cannot take a resolver yet; once it can, this file can give way to it.
 */

export type SessionDefinition = NonNullable<Manifest['sessions']>[string];

export interface SignedIn {
  jar: CookieJar;
  /** Expanded session headers (credentials: sent only to the origin). */
  headers: Record<string, string>;
  /** Set-Cookie headers received while signing in, with the request that received them. */
  cookies: { request: string; header: string }[];
}

export type SignInOutcome = { ok: true; session: SignedIn } | { ok: false; message: string; cookies: SignedIn['cookies'] };

const MAX_SIGN_IN_REDIRECTS = 5;

export async function signInSession(
  name: string, definition: SessionDefinition, options: { http: HttpProbe; base: URL; templater: Templater; masker: Masker; now: () => Date },
): Promise<SignInOutcome> {
  const jar = new CookieJar(options.base.origin, () => options.now().getTime(), (value) => options.masker.add(value));
  const captures = new Map(options.templater.captures);
  const templater = options.templater.with(captures);
  const cookies: SignedIn['cookies'] = [];

  for (const [phase, spec] of [['login-page', definition['login-page']], ['login', definition.login]] as const) {
    if (!spec) continue;
    const label = `the ${phase} of session "${name}"`;
    let request: OutgoingRequest;
    try {
      request = buildRequest(spec as RequestSpec, options.base, templater);
    } catch (error) {
      if (error instanceof InvalidRequestError) return { ok: false, message: `${label}: ${error.message}`, cookies };
      throw error;
    }
    const sent = await sendFollowingOrigin(options.http, request, options.base, jar, cookies);
    if (!sent.ok) return { ok: false, message: `${label} (${request.method} ${request.url.href}) got no response: ${sent.message}`, cookies };
    const captured = runCaptures(sent.exchange, spec.capture ?? {}, jar);
    for (const [key, value] of captured.values) {
      options.masker.add(value);
      captures.set(key, value);
    }
    let unmet: { message: string }[];
    try {
      unmet = [...checkExpectations(sent.exchange, spec.expect, templater), ...captured.failures];
    } catch (error) {
      if (error instanceof ExpectationError || error instanceof TemplateError) return { ok: false, message: `${label}: ${error.message}`, cookies };
      throw error;
    }
    if (unmet.length) return { ok: false, message: `${label} (${request.method} ${request.url.href}) failed: ${unmet.map((f) => f.message).join('; ')}`, cookies };
  }

  const headers: Record<string, string> = {};
  try {
    for (const [header, value] of Object.entries(definition.headers ?? {})) headers[header] = templater.expand(String(value));
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, message: `the headers of session "${name}": ${error.message}`, cookies };
    throw error;
  }
  for (const value of Object.values(headers)) options.masker.add(value);
  return { ok: true, session: { jar, headers, cookies } };
}

/** Sends with the jar's cookies, following redirects while they stay on the origin (as GET after 301/302/303). */
async function sendFollowingOrigin(
  http: HttpProbe, request: OutgoingRequest, base: URL, jar: CookieJar, cookies: SignedIn['cookies'],
): Promise<{ ok: true; exchange: HttpExchange } | { ok: false; message: string }> {
  let { method, url, body } = request;
  let plain = { ...request.headers };
  for (let hop = 0; ; hop++) {
    const headers = headersForUrl(url, base.origin, { plain, credentials: request.credentials ?? {} });
    const cookie = jar.header(url);
    if (cookie) headers.cookie = cookie;
    const result = await http.send({ method, url, headers, body });
    if (!result.ok) return result;
    const response: HttpResponse = result.response;
    jar.store(url, response.setCookie);
    for (const header of response.setCookie) cookies.push({ request: `${method} ${url.href}`, header });
    const location = response.headers.location;
    const next = location !== undefined && [301, 302, 303, 307, 308].includes(response.status) ? safeUrl(location, url) : undefined;
    if (!next || next.origin !== base.origin || hop >= MAX_SIGN_IN_REDIRECTS) {
      return {
        ok: true,
        exchange: {
          method: request.method, url: request.url, redirects: [], ms: 0,
          response: { status: response.status, url, headers: response.headers, setCookie: response.setCookie, body: response.body, truncated: false },
        },
      };
    }
    if (response.status !== 307 && response.status !== 308) {
      method = 'GET';
      body = undefined;
      plain = Object.fromEntries(Object.entries(plain).filter(([h]) => !/^content-/i.test(h)));
    }
    url = next;
  }
}

function safeUrl(location: string, base: URL): URL | undefined {
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
