import { createRequire } from 'node:module';
import { docsUrl, getRule, type RuleMeta } from '../rules/registry.js';
import type { Finding, Report, Severity } from '../types.js';
import { rankedFindings } from './counts.js';
import { isSecurityRule, securitySeverity } from './security-rules.js';

let cryptoModule: typeof import('node:crypto') | undefined;
/** node:crypto for SARIF's fingerprints only: every run imports the reporters, few write SARIF. */
const crypto = () => (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/release-gate/release-gate';
/** Code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
// v2: measurements left out of the fingerprinted message (v1 hashed the message as it was).
export const FINGERPRINT_KEY = 'releaseGate/v2';

export interface SarifOptions {
  toolVersion: string;
  /** Where findings without a file point; code scanning rejects results without a location. */
  manifestFile?: string;
  /** Most severe results kept when a run would exceed code scanning's limit. */
  maxResults?: number;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** SARIF 2.1.0 for GitHub code scanning: one run, rule metadata from the registry, stable fingerprints. */
export function renderSarif(report: Report, options: SarifOptions): string {
  const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
  const ranked = rankedFindings(report);
  const kept = ranked.slice(0, maxResults);

  const rules = new Map<string, SarifRule>();
  for (const { check, finding } of kept) if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, ruleDescriptor(finding, check));
  const ruleIds = [...rules.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const seen = new Map<string, number>();
  const results = kept.map(({ check, finding }) => {
    const location = sarifLocation(finding, options.manifestFile);
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding) },
      ...(location ? { locations: [location] } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, seen) },
      properties: { check },
    };
  });

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'release-gate',
        version: options.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ruleIds.map((id) => rules.get(id)!),
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (ranked.length > kept.length) run.properties = { omittedResults: ranked.length - kept.length };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; 'security-severity'?: string };
}

function ruleDescriptor(first: Finding, check: string): SarifRule {
  // A rule the registry does not know (a check that forgot to register) still needs the fields code scanning requires.
  const meta: RuleMeta = getRule(first.ruleId) ?? {
    id: first.ruleId,
    check,
    severity: first.severity,
    description: `release-gate rule ${first.ruleId}.`,
    help: first.hint ?? `See ${docsUrl(first.ruleId)}.`,
  };
  const url = docsUrl(meta.id);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} Reported by the ${meta.check} check.` },
    help: { text: meta.help, markdown: `${meta.help}\n\n[${meta.id}](${url})` },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: securityProperties(meta),
  };
}

function securityProperties(meta: RuleMeta): SarifRule['properties'] {
  if (!isSecurityRule(meta)) return { tags: ['release-gate', meta.check] };
  return { tags: ['release-gate', meta.check, 'security'], 'security-severity': securitySeverity(meta)! };
}

function messageText(f: Finding): string {
  // The rule's help is shown beside every alert already; a finding-specific hint is worth repeating.
  const help = getRule(f.ruleId)?.help;
  return f.hint && f.hint !== help ? `${f.message}\n${f.hint}` : f.message;
}

function sarifLocation(f: Finding, manifestFile: string | undefined) {
  const file = f.file ?? manifestFile;
  if (!file) return undefined;
  const onFile = f.file !== undefined;
  // Code scanning needs region.startLine to place an alert; a file-level finding sits on line 1.
  const startLine = onFile && positive(f.line) ? f.line! : 1;
  const region: Record<string, number> = { startLine };
  if (onFile && positive(f.line)) {
    const endLine = positive(f.endLine) && f.endLine! >= startLine ? f.endLine! : undefined;
    if (positive(f.column)) region.startColumn = f.column!;
    if (endLine !== undefined) region.endLine = endLine;
    const sameLine = endLine === undefined || endLine === startLine;
    if (positive(f.endColumn) && !(sameLine && region.startColumn !== undefined && f.endColumn! < region.startColumn)) {
      region.endColumn = f.endColumn!;
    }
  }
  return { physicalLocation: { artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' }, region } };
}

/** A relative URI reference: forward slashes, no leading "./" or "/", each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * sha256 of rule, file and the message's stable content (NUL-separated, so "a"+"bc" differs from
 * "ab"+"c"); the line is left out so an alert survives edits above it. Repeats of the same triple get a
 * counter so they stay distinct.
 */
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const key = `${f.ruleId}\0${f.file ?? ''}\0${stableContent(f.message)}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return crypto().createHash('sha256').update(n === 0 ? key : `${key}\0${n}`).digest('hex');
}

// A number with its unit: "512 ms", "1.2 s", "5 days", "97.5%", "1,200 requests", a port or a date part.
const MEASUREMENT = /(?<![A-Za-z0-9_.])\d[\d,.]*(?:\s?(?:ms|µs|s|sec|seconds?|min|minutes?|h|hours?|days?|%|req\/s|rps|requests?|bytes?|[KMG]i?B|chars?|characters?|times?|errors?|hops?|lookups?)(?![A-Za-z]))?/g;

/**
 * What identifies a finding across runs: its message with every measurement replaced, so a p95 of 512 ms
 * tonight and 530 ms tomorrow, or a certificate "in 5 days" then "in 4 days", stay one code-scanning
 * alert instead of closing it and opening another every night.
 */
export function stableContent(message: string): string {
  return message.replace(MEASUREMENT, '#');
}

function positive(n: number | undefined): boolean {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('') || id;
}
