import type { Report } from '../types.js';
import { MARKDOWN_MAX_BYTES, renderMarkdown, type MarkdownOptions } from './markdown.js';

/**
 * The job summary ($GITHUB_STEP_SUMMARY): the Markdown report under GitHub's 1 MiB cap, since a bigger
 * summary is dropped whole. Pass `omitted` from renderAnnotations so readers know where the rest went.
 */
export function renderSummary(report: Report, options: MarkdownOptions = {}): string {
  return renderMarkdown(report, { maxBytes: MARKDOWN_MAX_BYTES, ...options });
}
