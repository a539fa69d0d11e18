import type { Finding, Severity } from '../types.js';

export const DOCS_BASE = 'https://github.com/release-gate/release-gate/blob/main/docs/rules';

/** A rule's metadata: what it catches, how bad it is by default, and how to fix it. */
export interface RuleMeta {
  id: string;
  /** The check that reports it (env, migrations, ...), or "gate" for the gate's own findings. */
  check: string;
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** How to do the same thing safely; used as SARIF help and as a finding's default hint. */
  help: string;
}

/** A rule is its metadata plus one function; each check decides what the function is given. */
export interface Rule<Input> {
  meta: RuleMeta;
  run(input: Input, report: (finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) => void): void;
}

const registry = new Map<string, RuleMeta>();

export function registerRules(rules: Iterable<RuleMeta>): void {
  for (const rule of rules) {
    const known = registry.get(rule.id);
    if (known && known !== rule) throw new Error(`rule ${rule.id} is registered twice`);
    registry.set(rule.id, rule);
  }
}

export function getRule(id: string): RuleMeta | undefined {
  return registry.get(id);
}

export function allRules(): RuleMeta[] {
  return [...registry.values()];
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}

/** Runs rules over one input and collects their findings with ids, default severities and hints. */
export function runRules<Input>(rules: readonly Rule<Input>[], input: Input): Finding[] {
  const findings: Finding[] = [];
  // One report function for all the rules (rules report synchronously): the migrations check runs
  // this for every statement, and a closure per rule and statement showed in its profile.
  let meta: RuleMeta;
  const report: Parameters<Rule<Input>['run']>[1] = (f) => findings.push({ ruleId: meta.id, severity: meta.severity, hint: meta.help, ...f });
  for (const rule of rules) {
    meta = rule.meta;
    rule.run(input, report);
  }
  return findings;
}

export type RuleOverrides = Record<string, Severity | 'off'>;

/** Applies a manifest's `rules:` overrides: a new severity, or `off` to drop the rule's findings. */
export function applyRuleOverrides(findings: Finding[], overrides: RuleOverrides | undefined): Finding[] {
  if (!overrides) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const override = overrides[f.ruleId];
    if (override === 'off') continue;
    out.push(override ? { ...f, severity: override } : f);
  }
  return out;
}

/** The gate's own rules, for problems that are not any one check's. */
export const GATE_RULES = {
  checkCrashed: {
    id: 'check-crashed',
    check: 'gate',
    severity: 'error',
    description: 'A check could not finish; its result is unknown, so the gate fails.',
    help: 'Read the message; it names the input that stopped the check. Other checks still ran.',
  },
  rollbackFailed: {
    id: 'rollback-failed',
    check: 'gate',
    severity: 'error',
    description: 'The rollback after a failed post-deploy stage did not bring back a release that works: the command failed, nothing was dispatched, or smoke still fails afterwards.',
    help: 'The failed release may still be live: roll back by hand now (`release-gate rollback --to SHA`, or your platform\'s console), then fix what the message names before the next deploy.',
  },
  runInterrupted: {
    id: 'run-interrupted',
    check: 'gate',
    severity: 'error',
    description: 'The run was interrupted (SIGINT or SIGTERM, as a cancelled workflow sends) while this check ran: its findings are partial.',
    help: 'Run the gate again to completion. Pending cleanups of the smoke check were still run before the report was written.',
  },
  weakSecret: {
    id: 'weak-secret',
    check: 'gate',
    severity: 'warning',
    description: 'A secret is too short or too ordinary (a word, a number, a common password) to be masked everywhere without corrupting other text.',
    help: 'Use a long random value (e.g. `openssl rand -base64 24`) for every secret the manifest reads; such a value is masked in every output.',
  },
  unknownRuleOverride: {
    id: 'unknown-rule-override',
    check: 'gate',
    severity: 'warning',
    description: 'A `rules:` override names a rule that this check does not have.',
    help: 'Fix the rule id; `release-gate --help` and docs/rules/ list every rule.',
  },
  suppressionWithoutReason: {
    id: 'suppression-without-reason',
    check: 'gate',
    severity: 'warning',
    description: 'An inline release-gate-ignore comment, a manifest `ignore:` entry or the secrets check\'s release-gate:allow hides a finding without saying why.',
    help: 'Add the reason after a colon, and a date to look again: `release-gate-ignore rule-id: reason (until 2027-03-01)`, or `reason:` and `until:` in the manifest entry.',
  },
} satisfies Record<string, RuleMeta>;
registerRules(Object.values(GATE_RULES));
