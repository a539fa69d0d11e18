import { expect, test } from '@jest/globals';
import { renderAnnotations } from '../../src/reporters/annotations.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderCommentBody } from '../../src/reporters/pr-comment.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { renderSummary } from '../../src/reporters/summary.js';
import { renderText } from '../../src/reporters/text.js';
import { bulkReport } from './sample-report.js';

// Past the size where push(...rows) or Math.max(...widths) would overflow the call stack.
test('a report with 150,000 findings goes through every reporter', () => {
  const report = bulkReport(150_000);
  expect(renderAnnotations(report).omitted).toEqual({ error: 49_990, warning: 49_990, notice: 49_990 });
  expect(Buffer.byteLength(renderSummary(report))).toBeLessThanOrEqual(1_000_000);
  expect(Buffer.byteLength(renderCommentBody(report))).toBeLessThanOrEqual(60_000);
  expect(renderText(report, { color: false }).split('\n').length).toBeGreaterThan(300_000);
  expect(renderJunit(report)).toContain('tests="150000"');
  expect(JSON.parse(renderSarif(report, { toolVersion: '1' })).runs[0].results).toHaveLength(25_000);
  expect(JSON.parse(renderJson(report)).checks[0].findings).toHaveLength(150_000);
});
