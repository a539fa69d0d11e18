import type { Rule } from '../../../rules/registry.js';
import { looksLikeSessionCookie, missingCookieFlags, parseSetCookieFlags } from '../header-inspector.js';
import { siteOf, type DomainModel } from '../model.js';

export const cookieInsecure: Rule<DomainModel> = {
  meta: {
    id: 'cookie-insecure',
    check: 'domain',
    severity: 'error',
    description: 'A session cookie lacks Secure (on HTTPS), HttpOnly or SameSite, so it can leak over HTTP, to scripts, or ride along on cross-site requests.',
    help: 'Set the session cookie with "Secure; HttpOnly; SameSite=Lax" (Strict if no cross-site link needs to land signed in).',
  },
  run(model, report) {
    // One finding per cookie and session (or page), however many pages show it.
    const reported = new Set<string>();
    for (const page of model.pages) {
      // Cookies the sign-in set are the session's by definition; on the page, names tell.
      const candidates = [
        ...page.signInCookies.map((c) => ({ ...c, session: true })),
        ...(page.response?.setCookie ?? []).map((header) => ({ request: `GET ${page.url}`, header, session: false })),
      ];
      for (const { request, header, session } of candidates) {
        const flags = parseSetCookieFlags(header, model.now);
        const key = `${page.session ?? page.url}|${flags?.name}`;
        if (!flags || flags.deletes || reported.has(key)) continue;
        // A CSRF cookie is read by the page's own script (double-submit), so HttpOnly is not asked of it.
        if (session ? /csrf|xsrf/i.test(flags.name) : !looksLikeSessionCookie(flags.name)) continue;
        const https = /^\S+ https:/.test(request);
        const missing = missingCookieFlags(flags, https);
        if (!missing.length) continue;
        reported.add(key);
        report({
          ...siteOf(model, page.session !== undefined ? page.sessionPath ?? page.path : page.path),
          message: `cookie ${flags.name} (set by ${request}) lacks ${missing.join(', ')}`,
        });
      }
    }
  },
};
