import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { renderAnnotations } from '../../src/reporters/annotations.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { actionOutputs } from '../../src/reporters/outputs.js';
import { renderCommentBody, stickyBody } from '../../src/reporters/pr-comment.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { renderSummary } from '../../src/reporters/summary.js';
import { renderText } from '../../src/reporters/text.js';
import { sampleReport } from './sample-report.js';

// Run with UPDATE_GOLDEN=1 to rewrite these files; read the diff before committing it.
const GOLDEN_DIR = path.resolve('test/fixtures/golden');
const update = process.env.UPDATE_GOLDEN === '1';

function matchGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (update) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('every format of the sample report matches its golden file', () => {
  const report = sampleReport();
  const { commands, omitted } = renderAnnotations(report);

  test.each([
    ['annotations.txt', () => `${commands.join('\n')}\n`],
    ['report.md', () => renderMarkdown(report, { omitted: { error: 2, warning: 1 }, details: ['Full report: `release-gate-report.json`'] })],
    ['summary.md', () => renderSummary(report, { omitted })],
    ['report.json', () => renderJson(report)],
    ['report.sarif', () => renderSarif(report, { toolVersion: '0.1.0', manifestFile: '.github/release-gate.yml' })],
    ['report.junit.xml', () => renderJunit(report)],
    ['report.txt', () => renderText(report, { color: false })],
    ['report.color.txt', () => renderText(report, { color: true })],
    ['outputs.json', () => `${JSON.stringify(actionOutputs(report, '/tmp/release-gate/report.json'), null, 2)}\n`],
    ['comment.md', () => stickyBody(renderCommentBody(report))],
  ])('%s', (name, render) => {
    matchGolden(name, render());
  });

  test('the sample stays under the per-level annotation limit, so nothing is omitted', () => {
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  test('rendering does not modify the report', () => {
    const before = JSON.stringify(report);
    renderMarkdown(report); renderSarif(report, { toolVersion: '0' }); renderJunit(report); renderText(report, { color: true });
    expect(JSON.stringify(report)).toBe(before);
  });
});
