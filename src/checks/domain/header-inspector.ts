/**
 * Reads response headers the way a shared cache and a browser would: whether a response may be
 * stored by a CDN or proxy, which cookie flags are missing, which security headers are absent, and
 * which subresources of an HTTPS page load over plain HTTP.
 */

/** Why a shared cache may store (or did store) this response; undefined when it may not. */
export function sharedCacheReason(headers: Readonly<Record<string, string>>): { reason: string; certain: boolean } | undefined {
  const served = servedFromCache(headers);
  if (served) return { reason: served, certain: true };
  const cacheControl = headers['cache-control'];
  if (cacheControl === undefined) {
    return headers.expires !== undefined || headers['last-modified'] !== undefined
      ? { reason: 'it has no Cache-Control header, so a shared cache may store it (Expires or Last-Modified make it heuristically fresh)', certain: false }
      : { reason: 'it has no Cache-Control header; say private or no-store explicitly', certain: false };
  }
  const directives = parseCacheControl(cacheControl);
  if (directives.has('no-store') || directives.has('private')) return undefined;
  if (directives.has('public')) return { reason: `Cache-Control: ${cacheControl} lets shared caches store it`, certain: true };
  const sMaxAge = Number(directives.get('s-maxage'));
  const maxAge = Number(directives.get('max-age'));
  if (sMaxAge > 0 || (maxAge > 0 && !directives.has('no-cache'))) {
    return { reason: `Cache-Control: ${cacheControl} lets shared caches store it (${sMaxAge > 0 ? 's-maxage' : 'max-age'} without private or no-store)`, certain: true };
  }
  return undefined;
}

/** A CDN or proxy says this very response came out of its cache. */
function servedFromCache(headers: Readonly<Record<string, string>>): string | undefined {
  const cf = headers['cf-cache-status'];
  if (cf && /^(HIT|STALE|UPDATING|REVALIDATED)$/i.test(cf.trim())) return `it was served from a CDN cache (cf-cache-status: ${cf})`;
  const xCache = headers['x-cache'];
  if (xCache && /\bHIT\b/i.test(xCache)) return `it was served from a cache (x-cache: ${xCache})`;
  const age = headers.age;
  if (age !== undefined && /^\d+$/.test(age.trim()) && Number(age) > 0) return `it was served from a cache (Age: ${age.trim()})`;
  return undefined;
}

export function parseCacheControl(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const [name, ...rest] = part.split('=');
    const key = name!.trim().toLowerCase();
    if (key) out.set(key, rest.join('=').trim().replace(/^"|"$/g, ''));
  }
  return out;
}

export interface SetCookieFlags {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  /** Lax, Strict, None, or undefined when absent. */
  sameSite?: string;
  /** Max-Age ≤ 0 or an Expires in the past: the header deletes the cookie. */
  deletes: boolean;
}

export function parseSetCookieFlags(header: string, now: Date): SetCookieFlags | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair!.indexOf('=');
  const name = (eq < 0 ? '' : pair!.slice(0, eq)).trim();
  if (!name) return undefined;
  const flags: SetCookieFlags = { name, secure: false, httpOnly: false, deletes: false };
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'secure') flags.secure = true;
    else if (key === 'httponly') flags.httpOnly = true;
    else if (key === 'samesite') flags.sameSite = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value) && Number(value) <= 0) flags.deletes = true;
    else if (key === 'expires' && Date.parse(value) < now.getTime()) flags.deletes = true;
  }
  return flags;
}

/** Names that say a cookie identifies a signed-in user (as opposed to a preference or a CSRF token). */
export function looksLikeSessionCookie(name: string): boolean {
  return /sess|sid|auth|token|jwt|login|remember|identity|user/i.test(name) && !/csrf|xsrf/i.test(name);
}

/** The flags a session cookie lacks. Secure is only asked of cookies set over HTTPS. */
export function missingCookieFlags(flags: SetCookieFlags, https: boolean): string[] {
  const missing: string[] = [];
  if (https && !flags.secure) missing.push('Secure');
  if (!flags.httpOnly) missing.push('HttpOnly');
  if (!flags.sameSite) missing.push('SameSite');
  else if (flags.sameSite.toLowerCase() === 'none' && !flags.secure) missing.push('Secure (required with SameSite=None)');
  return missing;
}

export interface MissingHeader {
  header: string;
  why: string;
}

/** Security headers every response should carry; the page-only ones are asked of HTML alone. */
export function missingSecurityHeaders(headers: Readonly<Record<string, string>>): MissingHeader[] {
  const html = isHtml(headers);
  const missing: MissingHeader[] = [];
  const csp = headers['content-security-policy'];
  if (html && !csp) missing.push({ header: 'Content-Security-Policy', why: 'limits where scripts may load from, which blunts cross-site scripting' });
  if ((headers['x-content-type-options'] ?? '').trim().toLowerCase() !== 'nosniff') {
    missing.push({ header: 'X-Content-Type-Options: nosniff', why: 'stops browsers from guessing a content type and running an upload as script' });
  }
  const frameAncestors = csp !== undefined && /(^|;)\s*frame-ancestors\s/i.test(csp);
  const xfo = (headers['x-frame-options'] ?? '').trim().toUpperCase();
  if (html && !frameAncestors && xfo !== 'DENY' && xfo !== 'SAMEORIGIN') {
    missing.push({ header: 'X-Frame-Options (or CSP frame-ancestors)', why: 'stops other sites from framing the page to trick clicks' });
  }
  if (html && !headers['referrer-policy']) missing.push({ header: 'Referrer-Policy', why: 'keeps URLs of internal pages out of the Referer header sent to other sites' });
  return missing;
}

export function isHtml(headers: Readonly<Record<string, string>>): boolean {
  return /\btext\/html\b|application\/xhtml\+xml/i.test(headers['content-type'] ?? '');
}

// Subresources a browser blocks or warns about on an HTTPS page; plain links (<a href>) are not loads.
const SUBRESOURCE = /<(script|img|iframe|frame|audio|video|source|track|embed|object|input|link|form)\b[^>]*?\s(src|href|data|action|poster|srcset)\s*=\s*["']?\s*(http:\/\/[^"'\s>]+)/gi;

/** http:// URLs that an HTTPS page loads (scripts, styles, images, frames, form targets). */
export function mixedContent(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(SUBRESOURCE)) {
    const [, tag, attribute, url] = match;
    // <link href> is a load only for stylesheets, icons, preloads and the like, not rel=canonical/alternate.
    if (tag!.toLowerCase() === 'link' && attribute!.toLowerCase() === 'href' && /\brel\s*=\s*["']?(canonical|alternate|author|help|license|next|prev|search)\b/i.test(match[0])) continue;
    found.add(url!);
  }
  return [...found];
}
