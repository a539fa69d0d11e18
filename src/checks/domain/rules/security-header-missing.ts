import type { Rule } from '../../../rules/registry.js';
import { missingSecurityHeaders } from '../header-inspector.js';
import { siteOf, type DomainModel } from '../model.js';

export const securityHeaderMissing: Rule<DomainModel> = {
  meta: {
    id: 'security-header-missing',
    check: 'domain',
    severity: 'warning',
    description: 'A page lacks a security header: Content-Security-Policy, X-Content-Type-Options, frame protection or Referrer-Policy.',
    help: 'Add the header at the app or the proxy in front of it; the message says what each one prevents.',
  },
  run(model, report) {
    for (const page of model.pages) {
      if (!page.response || page.response.status >= 500) continue;
      for (const missing of missingSecurityHeaders(page.response.headers)) {
        report({ ...siteOf(model, page.path), message: `${page.url} has no ${missing.header}, which ${missing.why}` });
      }
    }
  },
};
