import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';
import { challengeReason } from '../proxy-behaviour.js';

export const proxySignInFailed: Rule<DomainModel> = {
  meta: {
    id: 'proxy-sign-in-failed',
    check: 'domain',
    severity: 'error',
    description: 'The session cannot sign in through the proxy, or its session is not recognised on the next request: "auth works in staging but fails behind the proxy in production".',
    help: 'Compare the sign-in through the proxy with the one on the origin: cookies the proxy strips or rewrites, a Domain attribute for another name, headers it drops (Authorization), a cached or challenged login response.',
  },
  run(model, report) {
    for (const proxy of model.proxies) {
      const signIn = proxy.signIn;
      if (!signIn) continue;
      if (!signIn.outcome.ok) {
        if (signIn.challenges.length) continue; // proxy-challenge says why
        const origin = signIn.onOrigin?.ok ? ` The same session signs in directly at the origin (${proxy.origin!.address}), so the proxy breaks it.` : '';
        report({ ...siteOf(model, signIn.sessionPath), message: `session "${signIn.session}" cannot sign in through ${proxy.kind.name} at ${proxy.host}: ${signIn.outcome.message}.${origin}` });
        continue;
      }
      for (const item of proxy.signedIn) {
        const result = item.exchange?.result;
        if (!result?.ok) continue;
        const { status, headers, body } = result.response;
        if (challengeReason(status, headers, body)) continue;
        const toLogin = status >= 300 && status < 400 && /login|sign-?in|auth/i.test(headers.location ?? '');
        if (status !== 401 && !toLogin) continue;
        report({
          ...siteOf(model, item.path),
          message: `session "${signIn.session}" signed in through ${proxy.kind.name}, but ${item.exchange!.request} answered ${status}${toLogin ? ` to ${headers.location}` : ''}: the session did not survive the proxy`,
        });
      }
    }
  },
};
