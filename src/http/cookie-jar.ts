/**
 * A cookie jar for one signed-in session against one origin. It only ever stores cookies that origin
 * set and only ever sends them back to it, so a redirect elsewhere cannot pick up or leak a session.
 * Domain attributes are therefore irrelevant; paths, expiry and Secure follow RFC 6265.
 */

export interface Cookie {
  name: string;
  value: string;
  path: string;
  /** Epoch milliseconds; undefined for a session cookie. */
  expiresAt?: number;
  secure: boolean;
}

export class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  /**
   * @param origin the only origin whose cookies are kept and sent, e.g. https://ops.example.com
   * @param onValue called with every stored value, so the caller can mask it (cookies are credentials)
   */
  constructor(
    readonly origin: string,
    private readonly now: () => number = Date.now,
    private readonly onValue?: (value: string) => void,
  ) {}

  /** Stores the Set-Cookie headers of a response from `url`; ignored unless `url` is on the jar's origin. */
  store(url: URL, setCookie: readonly string[]): void {
    if (url.origin !== this.origin) return;
    for (const header of setCookie) {
      const cookie = parseSetCookie(header, url, this.now());
      if (!cookie) continue;
      const key = `${cookie.name}\n${cookie.path}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.now()) {
        this.cookies.delete(key);
        continue;
      }
      this.cookies.set(key, cookie);
      this.onValue?.(cookie.value);
    }
  }

  /** The Cookie header for a request to `url`, or undefined (always undefined off the origin). */
  header(url: URL): string | undefined {
    if (url.origin !== this.origin) return undefined;
    const now = this.now();
    const matching = [...this.cookies.entries()]
      .filter(([key, c]) => {
        if (c.expiresAt !== undefined && c.expiresAt <= now) {
          this.cookies.delete(key);
          return false;
        }
        return pathMatches(url.pathname || '/', c.path) && (!c.secure || url.protocol === 'https:' || isLoopback(url.hostname));
      })
      .map(([, c]) => c)
      // RFC 6265 5.4: longer paths first.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  /** The value of a cookie by name (the most specific path wins), for `cookie:name` captures. */
  get(name: string): string | undefined {
    const found = [...this.cookies.values()].filter((c) => c.name === name).sort((a, b) => b.path.length - a.path.length);
    return found[0]?.value;
  }

  get size(): number {
    return this.cookies.size;
  }
}

/** Parses one Set-Cookie header; undefined when it has no name=value pair. */
export function parseSetCookie(header: string, url: URL, now: number): Cookie | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair!.indexOf('=');
  if (eq <= 0) return undefined;
  const name = pair!.slice(0, eq).trim();
  const value = pair!.slice(eq + 1).trim();
  if (!name) return undefined;
  let path = defaultPath(url);
  let expiresAt: number | undefined;
  let maxAgeSeen = false;
  let secure = false;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const val = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'path' && val.startsWith('/')) path = val;
    else if (key === 'secure') secure = true;
    else if (key === 'max-age' && /^-?\d+$/.test(val)) {
      // Max-Age wins over Expires whatever their order.
      maxAgeSeen = true;
      expiresAt = Number(val) <= 0 ? 0 : now + Number(val) * 1000;
    } else if (key === 'expires' && !maxAgeSeen) {
      const date = Date.parse(val);
      if (!Number.isNaN(date)) expiresAt = date;
    }
  }
  return { name, value, path, expiresAt, secure };
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** Browsers treat loopback as a secure context, so Secure cookies work against a local server. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname.endsWith('.localhost');
}
