import type { Rule } from '../../../rules/registry.js';
import { isHtml, mixedContent } from '../header-inspector.js';
import { siteOf, type DomainModel } from '../model.js';

const SHOWN = 5;

export const mixedContentRule: Rule<DomainModel> = {
  meta: {
    id: 'mixed-content',
    check: 'domain',
    severity: 'error',
    description: 'An HTTPS page loads scripts, styles, images, frames or form targets over plain http://; browsers block them or mark the page insecure.',
    help: 'Load every subresource over https:// (or a relative URL); a Content-Security-Policy with upgrade-insecure-requests is a stopgap.',
  },
  run(model, report) {
    for (const page of model.pages) {
      const response = page.response;
      if (!response || !page.url.startsWith('https:') || !isHtml(response.headers)) continue;
      const urls = mixedContent(response.body);
      if (!urls.length) continue;
      const shown = urls.slice(0, SHOWN).join(', ') + (urls.length > SHOWN ? `, and ${urls.length - SHOWN} more` : '');
      report({ ...siteOf(model, page.path), message: `${page.url} loads ${urls.length} resource${urls.length === 1 ? '' : 's'} over plain HTTP: ${shown}` });
    }
  },
};
