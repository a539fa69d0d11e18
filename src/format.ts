import { renderJson } from './reporters/json.js';
import { renderJunit } from './reporters/junit.js';
import { renderMarkdown } from './reporters/markdown.js';
import { renderSarif } from './reporters/sarif.js';
import { renderText } from './reporters/text.js';
import type { Report } from './types.js';
import { VERSION } from './version.js';
import type { Format } from './format-names.js';

export { FORMATS, type Format } from './format-names.js';

/** Renders a report in one of the CLI's formats. */
export function formatReport(
  report: Report, format: Format, options: { color?: boolean; manifestFile?: string; failOn?: 'error' | 'warning' } = {},
): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'sarif': return renderSarif(report, { toolVersion: VERSION, manifestFile: options.manifestFile });
    case 'junit': return renderJunit(report, { failOn: options.failOn });
    case 'markdown': return renderMarkdown(report);
    case 'text': return renderText(report, { color: options.color ?? false });
  }
}
