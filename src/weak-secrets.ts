import type { LoadedManifest, ManifestPath } from './manifest/load.js';
import { scanTemplates } from './manifest/templates.js';
import type { WeakSecret } from './mask.js';
import { GATE_RULES } from './rules/registry.js';
import type { Finding, Report } from './types.js';
import type { FailOn } from './gate.js';

const WHY: Record<WeakSecret['weakness'], string> = {
  short: 'is shorter than 4 characters, too short to mask without hiding ordinary text, so it is not masked in any output',
  word: 'is a single word, so it is masked only in messages and excerpts (masking it in file paths and names would corrupt them)',
  number: 'is a plain number, so it is masked only in messages and excerpts (masking it in line numbers and paths would corrupt them)',
  common: 'is a common password, so it is masked only in messages and excerpts',
};

/**
 * One warning per weak secret the run read from the environment, on the manifest line that reads it,
 * added to the check that uses it (the first that ran when a session uses it). Names the variable,
 * never the value.
 */
export function addWeakSecretFindings(report: Report, weak: readonly WeakSecret[], manifest: LoadedManifest, failOn: FailOn): Report {
  if (weak.length === 0 || report.checks.length === 0) return report;
  const checks = report.checks.map((c) => ({ ...c, findings: [...c.findings] }));
  for (const secret of weak) {
    const path = templatePath(manifest.data, secret.name);
    if (!path) continue;
    const where = manifest.locate(path);
    const target = checks.find((c) => c.check === path[0] && c.status !== 'skipped') ?? checks.find((c) => c.status !== 'skipped');
    if (!target) continue;
    const finding: Finding = {
      ruleId: GATE_RULES.weakSecret.id,
      severity: GATE_RULES.weakSecret.severity,
      message: `the secret in ${secret.name} ${WHY[secret.weakness]}`,
      file: manifest.file, line: where?.line, column: where?.column,
      hint: GATE_RULES.weakSecret.help,
    };
    target.findings.push(finding);
    if (failOn === 'warning' && target.status === 'pass') target.status = 'fail';
  }
  const status = checks.some((c) => c.status === 'fail' || c.status === 'error') ? 'fail' : 'pass';
  return { ...report, status, checks };
}

/** The manifest path of the first string that reads `{{ env.NAME }}`. */
function templatePath(value: unknown, name: string, path: ManifestPath = []): ManifestPath | undefined {
  if (typeof value === 'string') return scanTemplates(value).refs.some((r) => r.kind === 'env' && r.name === name) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = templatePath(v, name, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = templatePath(v, name, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}
