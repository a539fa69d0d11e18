import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckDefinition } from '../checks/check.js';

// Both the bundle (dist/bundle/) and the source (src/cli/check-help.ts) sit two levels below the repository.
const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'release-gate.schema.json');

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
 * runs into the next option. `width` is the terminal's columns (80 when unknown).
 */
export function columns(rows: [string, string][], width = 80, indent = 2): string[] {
  const left = Math.min(32, Math.max(...rows.map(([l]) => l.length), 0) + 2);
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

/** `release-gate <check> --help`: what the check does, its own options and its manifest section. */
export function checkHelpText(check: Pick<CheckDefinition, 'name' | 'section' | 'description' | 'inputs' | 'live'>, width = 80): string {
  const out = [
    ...wrap(`release-gate ${check.name}: ${check.description}`, width),
    '',
    `Usage: release-gate ${check.name} [options]`,
    '',
  ];
  const inputs = (check.inputs ?? []).map((i): [string, string] => [`--${i.name}${i.flag ? '' : ' VALUE'}`, i.description]);
  out.push('Options of this check:', ...(inputs.length ? columns(inputs, width) : ['  (none beyond the common options: release-gate --help)']), '');
  const fields = sectionFields(check.section);
  out.push(`Manifest section \`${check.section}:\`${fields.length ? '' : ' (see docs/manifest.md)'}`, ...columns(fields, width), '');
  if (check.live) out.push(...wrap('Touches a live environment: skipped on pull requests unless the section says `on: [pull_request]`.', width), '');
  out.push(...wrap(`Docs: docs/checks/${check.name}.md; every option common to all checks: release-gate --help.`, width), '');
  return out.join('\n');
}
