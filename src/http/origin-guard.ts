/**
 * Credentials (cookies, session headers, anything that looks like a key or token) go only to the
 * environment's origin. A redirect to another origin keeps the plain headers and drops the rest, which
 * is stricter than fetch, which drops only Authorization.
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
 * The headers a request to `url` may carry. `credentials` (session headers, and step headers that hold a
 * secret) are sent only on the origin; so is any plain header whose name says it is a credential.
 */
export function headersForUrl(
  url: URL,
  origin: string,
  headers: { plain: Readonly<Record<string, string>>; credentials: Readonly<Record<string, string>> },
): Record<string, string> {
  if (sameOrigin(url, origin)) return { ...headers.plain, ...headers.credentials };
  return Object.fromEntries(Object.entries(headers.plain).filter(([name]) => !isCredentialHeader(name)));
}
