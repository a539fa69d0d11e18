/** Turns `"METHOD /path"` or `"METHOD https://origin/path"` into a method and a URL on the environment's origin. */

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type Method = (typeof METHODS)[number];

export class RequestLineError extends Error {}

export interface RequestLine {
  method: Method;
  url: URL;
}

/**
 * `base` is the environment's url. A path is resolved under it, so a base of https://host/app makes
 * `GET /api/tasks` mean https://host/app/api/tasks. A full URL must be on the base's origin: requests
 * carry the session's credentials, which belong to that origin alone.
 */
export function parseRequestLine(line: string, base: URL): RequestLine {
  const match = /^\s*([A-Z]+)\s+(\S+)\s*$/.exec(line);
  if (!match) throw new RequestLineError(`"${line}" is not a request such as "GET /api/tasks"`);
  const method = match[1] as Method;
  if (!METHODS.includes(method)) throw new RequestLineError(`${match[1]} is not a method release-gate sends (${METHODS.join(', ')})`);
  const target = match[2]!;
  let url: URL;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) {
    try {
      url = new URL(target);
    } catch {
      throw new RequestLineError(`${target} is not a valid URL`);
    }
    if (url.origin !== base.origin) {
      throw new RequestLineError(`${url.origin} is not the environment's origin (${base.origin}); requests go only to the environment under test`);
    }
  } else if (target.startsWith('/')) {
    const prefix = base.pathname.replace(/\/+$/, '');
    try {
      // The WHATWG parser, as the server's and every proxy's would: `/\\host` and `//host` name another host.
      url = new URL(`${prefix}${target}`, base);
    } catch {
      throw new RequestLineError(`${target} is not a valid path`);
    }
    // Decoded, `/%5Chost` or `/%2F%2Fhost` reads as another host to servers that decode before routing.
    if (url.origin === base.origin && /^[/\\]{2}/.test(safeDecode(url.pathname))) {
      throw new RequestLineError(`"${target}" starts with two slashes once decoded, which some servers read as another host; requests go only to the environment under test`);
    }
  } else {
    throw new RequestLineError(`"${target}" must be a path starting with / or a full URL on the environment's origin`);
  }
  if (url.origin !== base.origin) {
    throw new RequestLineError(`the path "${target}" resolves to ${url.origin}, not the environment's origin (${base.origin}); requests go only to the environment under test`);
  }
  return { method, url };
}

/** GET, HEAD, OPTIONS, PUT and DELETE may be repeated safely (RFC 9110 9.2.2); POST and PATCH may not. */
export function isIdempotent(method: string): boolean {
  return method !== 'POST' && method !== 'PATCH';
}

/** Requests that change something carry an Idempotency-Key and the run marker. */
export function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
