import type { Manifest } from '../manifest/types.js';
import type { HistoryRecord, KeptFinding } from '../operate/history/record.js';
import type { Trends } from '../operate/history/trends.js';
import { cell } from '../reporters/markdown-cell.js';
import { runLabel, type LaunchChecklist } from './launch.js';

export interface HandoverArea {
  area: string;
  /** Who holds it, from launch.owners. */
  owner?: string;
  /** What the checks observed or the manifest declares. */
  observed: string[];
}

export interface NextStep {
  /** The rule or checklist item it comes from. */
  source: string;
  what: string;
  how?: string;
  where?: string;
}

export interface Handover {
  schemaVersion: 1;
  generatedAt: string;
  areas: HandoverArea[];
  alerts: { owner?: string; note: string };
  logs?: string;
  rollback?: string;
  operations: string[];
  nextSteps: NextStep[];
  knownLimitations: string[];
}

export interface HandoverInputs {
  records: readonly HistoryRecord[];
  manifest: Manifest;
  trends: Trends;
  checklist: LaunchChecklist;
  now: Date;
  /** Where the history lives, for the operational notes. */
  historySource: string;
  dashboardUrl?: string;
}

const KNOWN_AREAS = ['dns', 'hosting', 'mail', 'secrets', 'alerts'];

/**
 * The handover checklist: where DNS, hosting, mail records and secrets live (the manifest's `launch`
 * facts next to what the checks observed), who is alerted, where logs are, how to roll back, and next
 * steps from the open warnings of each check's last run and the go-live items not passed.
 */
export function handoverReport(inputs: HandoverInputs): Handover {
  const { manifest, records } = inputs;
  const owners = manifest.launch?.owners ?? {};
  const latest = (check: string) => [...records].sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .map((r) => ({ record: r, check: r.checks.find((c) => c.check === check && c.status !== 'skipped') }))
    .find((x) => x.check);
  const domain = latest('domain');
  const domainFacts = domain?.check?.facts ?? {};
  const observed = (domainFacts.observed ?? {}) as { nameServers?: { name: string; values: string[] }[]; mx?: { domain: string; records: string[] }[] };

  const dnsRecords = (manifest.domain?.dns ?? []) as { name: string; type: string }[];
  const dns: string[] = [];
  if (observed.nameServers?.length) for (const ns of observed.nameServers) dns.push(`name servers of ${ns.name}: ${ns.values.join(', ') || 'none'} (${runLabel(domain!.record)})`);
  else dns.push('name servers: not observed (add an NS record to domain.dns to have them checked)');
  if (dnsRecords.length) dns.push(`${dnsRecords.length} record(s) checked by domain.dns: ${dnsRecords.map((r) => `${r.name} ${r.type}`).join(', ')}`);

  const hosting = Object.entries(manifest.environments ?? {}).map(([name, e]) => `${name}: ${e.url}`);
  const smoke = latest('smoke');
  if (typeof smoke?.check?.facts?.url === 'string') hosting.push(`last smoke run reached ${smoke.check.facts.url} (${runLabel(smoke.record)})`);

  const mail: string[] = [];
  for (const m of observed.mx ?? []) mail.push(`MX of ${m.domain}: ${m.records.join(', ') || 'none'}`);
  const emailDomains = (domainFacts.emailDomains ?? []) as { domain: string; spfLookups?: number; dmarcPolicy?: string }[];
  for (const e of emailDomains) mail.push(`${e.domain}: SPF ${e.spfLookups !== undefined ? `(${e.spfLookups} DNS lookups)` : 'not read'}, DMARC policy ${e.dmarcPolicy ?? 'none found'}`);
  if (!mail.length) mail.push('not observed (list the mail domains under domain.email)');

  const secrets: string[] = [];
  const declared = manifest.env?.['declared-in'] ?? [];
  if (declared.length) secrets.push(`variables declared in ${declared.join(', ')}`);
  const envFiles = Object.entries(manifest.environments ?? {}).filter(([, e]) => e['env-file']).map(([name, e]) => `${name}: ${e['env-file']}`);
  if (envFiles.length) secrets.push(`env files: ${envFiles.join(', ')}`);
  const secretVars = Object.entries(manifest.env?.vars ?? {}).filter(([, v]) => v?.secret).map(([name]) => name);
  if (secretVars.length) secrets.push(`secret variables (names only): ${secretVars.join(', ')}`);
  const env = latest('env');
  for (const e of (env?.check?.facts?.environments ?? []) as { name: string; sources?: unknown[] }[]) {
    if (Array.isArray(e.sources) && e.sources.length) secrets.push(`${e.name} values read from: ${e.sources.map(String).join(', ')}`);
  }
  if (!secrets.length) secrets.push('no env section in the manifest: nothing declares where secrets live');

  const areas: HandoverArea[] = [
    { area: 'DNS', owner: owners.dns, observed: dns },
    { area: 'Hosting', owner: owners.hosting, observed: hosting.length ? hosting : ['no environments in the manifest'] },
    { area: 'Mail DNS records', owner: owners.mail, observed: mail },
    { area: 'Secrets', owner: owners.secrets, observed: secrets },
    ...Object.entries(owners).filter(([k]) => !KNOWN_AREAS.includes(k)).map(([k, v]) => ({ area: k, owner: v, observed: [] })),
  ];

  const operations: string[] = [`history: ${inputs.historySource}, ${records.length} run(s)`];
  if (inputs.dashboardUrl) operations.push(`dashboard: ${inputs.dashboardUrl}`);
  for (const kind of ['post-deploy', 'nightly'] as const) {
    const last = [...records].filter((r) => r.kind === kind).sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
    operations.push(last ? `last ${kind} run: ${last.time.slice(0, 16).replace('T', ' ')} UTC, ${last.status}${last.runUrl ? ` (${last.runUrl})` : ''}` : `no ${kind} run yet`);
  }
  for (const d of inputs.trends.deploys) operations.push(`deploy success on ${d.environment}: ${ratioText(d.days30)} over 30 days`);
  for (const u of inputs.trends.uptime) operations.push(`uptime of ${u.step} on ${u.environment}: ${ratioText(u.days30)} over 30 days`);
  for (const c of inputs.trends.certificates) if (c.latest) operations.push(`certificate of ${c.host}: ${c.latest.daysLeft} days left on ${c.latest.time.slice(0, 10)}`);

  const nextSteps: NextStep[] = [];
  const seen = new Set<string>();
  for (const check of ['domain', 'env', 'secrets', 'migrations', 'smoke', 'latency']) {
    const last = latest(check);
    for (const f of last?.check?.findings ?? []) {
      if (f.severity !== 'warning' && f.severity !== 'error') continue;
      const key = `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      nextSteps.push(stepOf(f));
    }
  }
  for (const item of inputs.checklist.items) {
    if (item.status !== 'passed') nextSteps.push({ source: `go-live: ${item.name}`, what: `${item.status}: ${item.evidence}` });
  }

  return {
    schemaVersion: 1,
    generatedAt: inputs.now.toISOString(),
    areas,
    alerts: owners.alerts
      ? { owner: owners.alerts, note: manifest.alerts?.length ? `alerts go to ${manifest.alerts.map((s, i) => s.name ?? (s['github-issue'] ? 'a GitHub issue per failure' : `webhook ${i + 1} (${s.format ?? 'slack'})`)).join(' and ')}` : 'stated in launch.owners.alerts; the manifest has no alerts section, so release-gate sends them nothing' }
      : { note: 'nobody: launch.owners.alerts is not set' },
    ...(manifest.launch?.logs ? { logs: manifest.launch.logs } : {}),
    ...(manifest.launch?.rollback ? { rollback: manifest.launch.rollback } : {}),
    operations,
    nextSteps,
    knownLimitations: manifest.launch?.['known-limitations'] ?? [],
  };
}

function stepOf(f: KeptFinding): NextStep {
  return {
    source: f.ruleId,
    what: f.message,
    ...(f.hint ? { how: f.hint } : {}),
    ...(f.file ? { where: `${f.file}${f.line ? `:${f.line}` : ''}` } : {}),
  };
}

function ratioText(r: { runs: number; passed: number; ratio: number | null }): string {
  return r.ratio === null ? 'no runs' : `${(r.ratio * 100).toFixed(1)}% (${r.passed}/${r.runs})`;
}

export function renderHandoverMarkdown(h: Handover): string {
  const out = ['# Handover\n\n', `Generated ${h.generatedAt.slice(0, 16).replace('T', ' ')} UTC from the manifest's \`launch\` facts and what the checks observed.\n\n`, '## Where things live\n\n'];
  out.push('| Area | Who holds it | Observed or declared |\n| --- | --- | --- |\n');
  for (const a of h.areas) out.push(`| ${cell(a.area)} | ${a.owner ? cell(a.owner) : 'not stated (launch.owners)'} | ${a.observed.length ? a.observed.map(cell).join('<br>') : '—'} |\n`);
  out.push('\n## Who gets alerted\n\n', `${h.alerts.owner ?? 'Nobody stated.'}${h.alerts.owner ? ` (${h.alerts.note})` : ` ${h.alerts.note}`}\n\n`);
  out.push('## Where logs live\n\n', `${h.logs ?? 'Not stated (launch.logs).'}\n\n`);
  out.push('## How to roll back\n\n', h.rollback ? `See ${h.rollback}.\n\n` : 'Not documented (launch.rollback).\n\n');
  out.push('## Operational notes\n\n', ...h.operations.map((o) => `- ${o}\n`), '\n');
  out.push('## Next steps\n\n');
  if (h.nextSteps.length === 0) out.push('No open warnings.\n');
  h.nextSteps.forEach((s, i) => out.push(`${i + 1}. **${s.source}**${s.where ? ` (${s.where})` : ''}: ${s.what}${s.how ? ` ${s.how}` : ''}\n`));
  out.push('\n## Known limitations\n\n', h.knownLimitations.length ? h.knownLimitations.map((l) => `- ${l}\n`).join('') : '- None stated (launch.known-limitations).\n');
  return out.join('');
}
