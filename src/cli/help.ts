import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckDefinition, CheckInput } from '../checks/check.js';
import { FORMATS } from '../format-names.js';
import { DEFAULT_MANIFEST } from '../manifest/default-manifest.js';
import { VERSION } from '../version.js';

// The help texts of the CLI, `release-gate --help` and `release-gate <check> --help`, from the checks'
// metadata (src/checks/<check>/meta.ts). Every table goes through `columns`. Nothing here loads a check,
// a reporter or the YAML parser: --help starts with this file and the metadata only.

// Both the bundle (dist/bundle/) and the source (src/cli/help.ts) sit two levels below the repository.
const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'release-gate.schema.json');

/** What the help texts read of a check: its metadata; title and docs are optional for checks made in tests. */
export type CheckHelpSource = Pick<CheckDefinition, 'name' | 'section' | 'description' | 'inputs' | 'live' | 'title' | 'docs'>;

interface SchemaProperty { description?: string; 'x-expected'?: string }

/** The manifest fields of one section, from the schema (the single source of truth); empty when it cannot be read. */
export function sectionFields(section: string): [string, string][] {
  try {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { properties: Record<string, { properties?: Record<string, SchemaProperty> }> };
    return Object.entries(schema.properties[section]?.properties ?? {}).map(([name, p]) => [name, p.description ?? p['x-expected'] ?? '']);
  } catch {
    return [];
  }
}

/**
 * Two columns, the second wrapped to the terminal with a hanging indent, so a long description never
 * runs into the next option. `width` is the terminal's columns (80 when unknown); the first column is
 * as wide as its longest label plus two spaces (at least `minLabel`, at most 32: a longer label gets a
 * line of its own).
 */
export function columns(rows: [string, string][], width = 80, indent = 2, minLabel = 0): string[] {
  const left = Math.min(32, Math.max(minLabel, ...rows.map(([l]) => l.length), 0) + 2);
  const room = Math.max(24, width - indent - left);
  const out: string[] = [];
  for (const [label, text] of rows) {
    const lines = wrap(text, room);
    const pad = ' '.repeat(indent);
    if (label.length + 2 > left) {
      out.push(`${pad}${label}`);
      for (const line of lines) out.push(`${pad}${' '.repeat(left)}${line}`);
    } else {
      out.push(`${pad}${label.padEnd(left)}${lines[0] ?? ''}`);
      for (const line of lines.slice(1)) out.push(`${pad}${' '.repeat(left)}${line}`);
    }
  }
  return out;
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Each check input the CLI offers once, with the checks that offer it: a CLI flag serves every check of that name. */
export function uniqueInputs(checks: readonly Pick<CheckDefinition, 'name' | 'inputs'>[]): (CheckInput & { checks: string[] })[] {
  const seen = new Map<string, CheckInput & { checks: string[] }>();
  for (const check of checks) {
    for (const input of check.inputs ?? []) {
      if (input.actionOnly) continue;
      const known = seen.get(input.name);
      if (known) known.checks.push(check.name);
      else seen.set(input.name, { ...input, checks: [check.name] });
    }
  }
  return [...seen.values()];
}

/** `release-gate --help`: the checks, the commands, the common options and every check's own options. */
export function helpText(checks: readonly CheckHelpSource[], commands: Record<string, { description: string }> = {}, width = 80): string {
  // Check and command names share one column width, so the two tables line up.
  const nameWidth = Math.max(12, ...checks.map((c) => c.name.length), ...Object.keys(commands).map((n) => n.length));
  const lines = [
    `release-gate ${VERSION}: the checks that decide whether an internal tool is safe to merge and launch.`,
    '',
    'Usage: release-gate [check ...] [options]',
    '       release-gate <command>',
    '       release-gate latency merge REPORT.json...   gate shard reports, histograms added exactly',
    '       release-gate latency import-k6 FILE          gate a k6 run (k6 run --out json=FILE)',
    '',
    'With no check, runs every check the manifest configures.',
    '',
    'Checks:',
    ...(checks.length ? columns(checks.map((c) => [c.name, c.description]), width, 2, nameWidth) : ['  (none in this version)']),
    '',
  ];
  if (Object.keys(commands).length) {
    lines.push('Commands:', ...columns(Object.entries(commands).map(([name, c]) => [name, c.description]), width, 2, nameWidth), '');
  }
  lines.push('Options:', ...columns([
    ['-m, --manifest PATH', `the manifest (default ${DEFAULT_MANIFEST})`],
    ['-f, --format FORMAT', `${FORMATS.join('|')} (default text)`],
    ['-o, --output FILE', 'write the report to FILE; stdout gets only the one-line verdict'],
    ['    --base REF', 'diff-aware: only what changed since the merge base with REF'],
    ['-e, --environment NAME', 'the environment to check (default: each the manifest names)'],
    ['    --fail-on LEVEL', 'error (default) or warning: the lowest severity that fails the gate'],
    ['    --artifacts-dir DIR', 'where checks leave files for later jobs (default .release-gate)'],
    ['-h, --help', 'this help; release-gate <check> --help for one check'],
    ['-v, --version', 'the version'],
  ], width));
  const inputs = uniqueInputs(checks);
  if (inputs.length) {
    lines.push('', 'Check options:', ...columns(inputs.map((input): [string, string] => [
      `    --${input.flag ? input.name : `${input.name} VALUE`}`,
      `${input.description} (${input.checks.join(', ')})`,
    ]), width));
  }
  lines.push(
    '',
    'Exit codes: 0 the gate passed; 1 the gate failed; 2 usage or manifest error.',
    'NO_COLOR turns colour off. Docs: docs/manifest.md, docs/checks/ and docs/rules/.',
    '',
  );
  return lines.join('\n');
}

/** `release-gate <check> --help`: what the check does, its own options and its manifest section. */
export function checkHelpText(check: CheckHelpSource, width = 80): string {
  const out = [
    ...wrap(`release-gate ${check.name}: ${check.description}`, width),
    '',
    `Usage: release-gate ${check.name} [options]`,
    '',
  ];
  const inputs = (check.inputs ?? []).filter((i) => !i.actionOnly).map((i): [string, string] => [`--${i.name}${i.flag ? '' : ' VALUE'}`, i.description]);
  out.push('Options of this check:', ...(inputs.length ? columns(inputs, width) : ['  (none beyond the common options: release-gate --help)']), '');
  const fields = sectionFields(check.section);
  out.push(`Manifest section \`${check.section}:\`${fields.length ? '' : ' (see docs/manifest.md)'}`, ...columns(fields, width), '');
  if (check.live) out.push(...wrap('Touches a live environment: skipped on pull requests unless the section says `on: [pull_request]`.', width), '');
  out.push(...wrap(`Docs: ${check.docs ?? `docs/checks/${check.name}.md`}${check.title ? ` (${check.title})` : ''}; every option common to all checks: release-gate --help.`, width), '');
  return out.join('\n');
}
