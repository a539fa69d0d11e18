/**
 * Credentials (cookies, session headers, anything that looks like a key or token) go only to the
 * environment's origin. A request to another origin (after a redirect) carries none of the headers
 * the manifest added, which is stricter than fetch, which drops only Authorization.
 */

/** Header names that carry credentials whatever their value. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|auth|token|secret|session|api-?key|password|csrf|xsrf|signature/i;

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

export function sameOrigin(a: URL, b: URL | string): boolean {
  return a.origin === (typeof b === 'string' ? b : b.origin);
}

/**
 * The headers a request to `url` may carry: on the origin, the plain headers and the credentials
 * (session headers, step headers that hold a secret); anywhere else, none of them.
 */
export function headersForUrl(
  url: URL,
  origin: string,
  headers: { plain: Readonly<Record<string, string>>; credentials: Readonly<Record<string, string>> },
): Record<string, string> {
  return sameOrigin(url, origin) ? { ...headers.plain, ...headers.credentials } : {};
}

/**
 * The origins the manifest declares (every environment's url, and the URL under test): the only places
 * a redirect of a session, smoke or latency request is followed to. An https upgrade of a declared
 * http origin is the same host made safer, so it is declared too.
 */
export function declaredOrigins(environments: Readonly<Record<string, { url?: string } | undefined>> | undefined, ...bases: (URL | undefined)[]): string[] {
  const origins = new Set<string>();
  const add = (url: URL) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    origins.add(url.origin);
    if (url.protocol === 'http:') origins.add(new URL(`https://${url.hostname}`).origin);
  };
  for (const environment of Object.values(environments ?? {})) {
    if (!environment?.url) continue;
    try {
      add(new URL(environment.url));
    } catch {
      // an invalid url is the schema's finding
    }
  }
  for (const base of bases) if (base) add(base);
  return [...origins];
}
