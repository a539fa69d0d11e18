import type { HttpClient, HttpResponse } from '../../http/client.js';
import type { CookieJar } from '../../http/cookie-jar.js';
import { signIn, type SessionDefinition } from '../../http/session.js';
import type { Templater } from '../../http/templater.js';
import type { Masker } from '../../mask.js';

export type { SessionDefinition };

/**
 * Signs a manifest session in for the header inspector through the project's one sign-in path
 * (src/http/session.ts), and keeps what the cookie rules need: every Set-Cookie the sign-in received.
 */

export interface SignedIn {
  jar: CookieJar;
  /** Expanded session headers (credentials: sent only to the origin). */
  headers: Record<string, string>;
  /** Set-Cookie headers received while signing in, with the request that received them. */
  cookies: { request: string; header: string }[];
}

/** Every response of the sign-in, for rules that judge them (a proxy's challenge page). */
export type SignInResponses = { request: string; response: HttpResponse }[];

export type SignInOutcome =
  | { ok: true; session: SignedIn; responses: SignInResponses }
  | { ok: false; message: string; cookies: SignedIn['cookies']; responses: SignInResponses };

export interface SignInSessionOptions {
  client: HttpClient;
  base: URL;
  templater: Templater;
  masker: Masker;
  timeoutMs: number;
  signal?: AbortSignal;
  allowedOrigins: readonly string[];
}

export async function signInSession(name: string, definition: SessionDefinition, options: SignInSessionOptions): Promise<SignInOutcome> {
  // No retries: the check looks at the site as a visitor finds it.
  const result = await signIn(name, definition, { ...options, retries: 0 });
  const cookies = result.exchanges.flatMap((exchange) => exchange.response.setCookie.map((header) => ({ request: `${exchange.method} ${exchange.url.href}`, header })));
  const responses = result.exchanges.map((exchange) => ({ request: `${exchange.method} ${exchange.url.href}`, response: exchange.response }));
  if (result.ok) return { ok: true, session: { jar: result.session.jar, headers: result.session.headers, cookies }, responses };

  const f = result.failure;
  const label = f.phase === 'headers' ? `the headers of session "${name}"` : `the ${f.phase} of session "${name}"`;
  if (f.kind === 'invalid') return { ok: false, message: `${label}: ${f.message}`, cookies, responses };
  const spec = f.phase === 'login-page' ? definition['login-page'] : definition.login;
  const method = spec?.request.trim().split(/\s+/)[0] ?? 'GET';
  if (f.kind === 'transport') {
    const message = f.error?.kind === 'refused' ? `${f.error.url.host} refused the connection` : f.message;
    return { ok: false, message: `${label} (${method} ${f.error?.url.href ?? ''}) got no response: ${message}`, cookies, responses };
  }
  return { ok: false, message: `${label} (${f.exchange!.method} ${f.exchange!.url.href}) failed: ${f.message}`, cookies, responses };
}
