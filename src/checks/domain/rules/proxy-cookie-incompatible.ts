import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const proxyCookieIncompatible: Rule<DomainModel> = {
  meta: {
    id: 'proxy-cookie-incompatible',
    check: 'domain',
    severity: 'error',
    description: 'A cookie set while signing in through the proxy cannot work for the public hostname (a Domain for another name, SameSite=None without Secure, a broken __Host- or __Secure- prefix).',
    help: 'Set session cookies without Domain (or with the public domain), with Secure, and SameSite=Lax unless a cross-site flow needs None; behind a TLS-terminating proxy, trust X-Forwarded-Proto so the app knows the request was HTTPS.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      for (const { request, reason } of proxy.signIn?.incompatibleCookies ?? []) {
        report({ ...siteOf(model, proxy.signIn!.sessionPath), message: `${reason} (set by ${request} through ${proxy.kind.name})` });
      }
    }
  },
};
