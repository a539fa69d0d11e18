import type { CheckMeta } from '../src/checks/check.js';

// The README's checks table, generated from each check's meta.ts by `npm run generate`
// (test/docs/checks-table.test.ts fails when the README's copy is not current).

export const TABLE_BEGIN = '<!-- checks:begin (generated from src/checks/*/meta.ts by `npm run generate`) -->';
export const TABLE_END = '<!-- checks:end -->';

export function renderChecksTable(checks: readonly Pick<CheckMeta, 'name' | 'title' | 'summary' | 'docs' | 'live' | 'runs'>[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [
    '| check | catches | runs | page |',
    '| --- | --- | --- | --- |',
    ...checks.map((c) => `| \`${c.name}\` | ${cell(c.summary)} | ${c.runs ?? (c.live ? 'after a deploy (live environment)' : 'on pull requests (static)')} | [${cell(c.title)}](${c.docs}) |`),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by the table; throws when a marker is missing. */
export function withChecksTable(readme: string, table: string): string {
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`README.md needs the markers ${TABLE_BEGIN} and ${TABLE_END} around the checks table`);
  return `${readme.slice(0, begin + TABLE_BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}
