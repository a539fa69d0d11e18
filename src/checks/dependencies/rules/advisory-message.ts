import type { Finding } from '../../../types.js';
import { meetsSeverity, type DependencyModel } from '../build-model.js';
import { declaredSuffix, kindOf } from '../model.js';

type Report = (f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Finding['severity'] }) => void;

/** One finding per package and advisory, on the lockfile line; a malicious package (MAL-) is always an error. */
export function reportAdvisories(model: DependencyModel, critical: boolean, report: Report): void {
  for (const { pkg, advisory } of model.advisories) {
    const category = model.categoryOf(pkg);
    if (Boolean(category) !== critical) continue;
    if (!critical && !advisory.malicious && !meetsSeverity(advisory.severity, model.minSeverity)) continue;
    const what = category ? `, ${kindOf(category)},` : '';
    const severity = advisory.severity === 'unknown' ? '' : ` (${advisory.severity})`;
    const summary = advisory.summary ? `: ${advisory.summary}` : '';
    report({
      file: pkg.lockfile, line: pkg.line,
      message: advisory.malicious
        ? `${pkg.name} ${pkg.version}${what} is a known malicious package (${advisory.id})${summary}${declaredSuffix(pkg)}`
        : `${pkg.name} ${pkg.version}${what} has ${advisory.id}${severity}${summary}${declaredSuffix(pkg)}`,
      hint: advisory.malicious
        ? `Remove ${pkg.name} now, rotate every credential the machines that installed it could read, and check which package pulled it in.`
        : advisory.fixed
          ? `Upgrade ${pkg.name} to ${pkg.ecosystem === 'Go' && !advisory.fixed.startsWith('v') ? `v${advisory.fixed}` : advisory.fixed} or later and commit the lockfile; details: https://osv.dev/vulnerability/${advisory.id}`
          : `No fixed release is listed: read https://osv.dev/vulnerability/${advisory.id} for a workaround, or replace ${pkg.name}.`,
      ...(!critical && advisory.malicious ? { severity: 'error' as const } : {}),
    });
  }
}
