import { stat, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Manifest } from '../manifest/types.js';
import type { CheckRecord, HistoryRecord, KeptFinding, RunKind } from '../operate/history/record.js';
import { cell } from '../reporters/markdown-cell.js';

export type ItemStatus = 'passed' | 'failed' | 'not checked';

/** The run an item's evidence comes from. */
export interface EvidenceRun {
  time: string;
  kind: RunKind;
  environment: string;
  url?: string;
  commit?: string;
}

export interface ChecklistItem {
  id: string;
  /** As the issue names it: "DNS records", "TLS", ... */
  name: string;
  /** What passing means. */
  criterion: string;
  status: ItemStatus;
  /** One sentence: what was seen, or why nothing was. */
  evidence: string;
  run?: EvidenceRun;
  findings: KeptFinding[];
  /** The date the evidence is from (the run's time, or the document's last change). */
  date?: string;
}

export interface LaunchChecklist {
  schemaVersion: 1;
  generatedAt: string;
  /** passed only when every item passed: "not checked" is never counted as passed. */
  ready: boolean;
  counts: Record<ItemStatus, number>;
  items: ChecklistItem[];
  knownLimitations: string[];
}

export interface LaunchInputs {
  records: readonly HistoryRecord[];
  manifest: Manifest;
  cwd: string;
  now: Date;
}

const DAY_MS = 86_400_000;

// Rule families of the domain check, by checklist item. A finding of any of them is evidence.
const DOMAIN_ITEMS = [
  { id: 'dns-records', name: 'DNS records', criterion: 'domain and subdomains resolve as expected', section: 'dns', rules: /^dns-/ },
  { id: 'redirects', name: 'redirects', criterion: 'old and bare addresses redirect where they should', section: 'redirects', rules: /^redirect-/ },
  { id: 'tls', name: 'TLS', criterion: 'valid, days left', section: 'tls', rules: /^tls-/ },
  { id: 'hsts', name: 'HSTS', criterion: 'Strict-Transport-Security on the HTTPS site', section: 'hsts', rules: /^hsts-/ },
  { id: 'mail-authentication', name: 'mail authentication', criterion: 'SPF/DKIM/DMARC', section: 'email', rules: /^(spf|dkim|dmarc|mx)-/ },
] as const;

/**
 * The go-live checklist: each item passed, failed or not checked, with the run, findings and date it
 * rests on, from the history and the manifest only. Nothing is assumed: no run, no pass.
 */
export async function launchChecklist(inputs: LaunchInputs): Promise<LaunchChecklist> {
  const { records, manifest } = inputs;
  const sorted = [...records].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const latest = (check: string, kinds?: readonly RunKind[]) => {
    for (const r of sorted) {
      if (kinds && !kinds.includes(r.kind)) continue;
      const c = r.checks.find((x) => x.check === check && x.status !== 'skipped');
      if (c) return { record: r, check: c };
    }
    return undefined;
  };
  const domain = latest('domain');
  const items: ChecklistItem[] = [];

  for (const item of DOMAIN_ITEMS) {
    const entries = (manifest.domain as Record<string, unknown> | undefined)?.[item.section];
    if (!Array.isArray(entries) || entries.length === 0) {
      items.push(notChecked(item, `domain.${item.section} in the manifest lists nothing to check`));
    } else if (!domain) {
      items.push(notChecked(item, 'no domain check in the history'));
    } else {
      items.push(fromCheck(item, domain.record, domain.check, (f) => item.rules.test(f.ruleId), () => {
        if (item.id !== 'tls') return undefined;
        const days = (domain.check.certificates ?? []).filter((c) => c.daysLeft !== undefined).map((c) => `${c.host} ${c.daysLeft} days left`);
        return days.length ? days.join(', ') : undefined;
      }));
    }
  }
  items.splice(2, 0, proxyItem(manifest, domain));

  const production = manifest.environments && 'production' in manifest.environments ? 'production' : Object.keys(manifest.environments ?? {}).at(-1);
  const envItem = { id: 'environment-variables', name: 'environment variables', criterion: 'complete for production' };
  const env = latest('env');
  const envCovers = env && production && Array.isArray(env.check.facts?.environments)
    && (env.check.facts.environments as { name?: string }[]).some((e) => e.name === production);
  if (!manifest.env) items.push(notChecked(envItem, 'the manifest has no env section'));
  else if (!env) items.push(notChecked(envItem, 'no env check in the history'));
  else if (!envCovers) items.push(notChecked(envItem, `the last env check (${runLabel(env.record)}) did not cover ${production ?? 'a production environment'}`, env.record));
  else items.push(fromCheck(envItem, env.record, env.check, () => true));

  const secretsItem = { id: 'secrets', name: 'secrets', criterion: 'none in code or logs' };
  const secrets = latest('secrets');
  if (!secrets) items.push(notChecked(secretsItem, 'no secrets check in the history'));
  else {
    const item = fromCheck(secretsItem, secrets.record, secrets.check, () => true);
    if (item.status === 'passed' && !(manifest.secrets?.logs?.length)) {
      item.status = 'not checked';
      item.evidence = `no secret in code (${runLabel(secrets.record)}), but no log was scanned: list log files under secrets.logs`;
    }
    items.push(item);
  }

  const migrationsItem = { id: 'migrations', name: 'migrations', criterion: 'safe' };
  const migrations = latest('migrations');
  items.push(migrations ? fromCheck(migrationsItem, migrations.record, migrations.check, () => true) : notChecked(migrationsItem, 'no migrations check in the history'));

  const smokeItem = { id: 'smoke', name: 'smoke', criterion: 'passing after the last deploy' };
  const smoke = latest('smoke', ['post-deploy']);
  items.push(smoke ? fromCheck(smokeItem, smoke.record, smoke.check, () => true) : notChecked(smokeItem, 'no post-deploy smoke run in the history'));

  items.push(p95Item(latest('latency', ['post-deploy', 'nightly', 'manual'])));

  const uptimeItem = { id: 'uptime-monitoring', name: 'uptime monitoring', criterion: 'a scheduled run in the last 24 h' };
  // The monitor (on any schedule) or a nightly smoke run, whichever ran last.
  const scheduled = [latest('monitor'), latest('smoke', ['nightly'])].filter((x) => x !== undefined)
    .sort((a, b) => Date.parse(b.record.time) - Date.parse(a.record.time))[0];
  if (records.length === 0) items.push(notChecked(uptimeItem, 'the history is empty'));
  else if (!scheduled) items.push(failed(uptimeItem, 'no monitor run and no scheduled (nightly) smoke run in the history'));
  else {
    const age = inputs.now.getTime() - Date.parse(scheduled.record.time);
    const hours = Math.round(age / 3_600_000);
    items.push({
      ...uptimeItem, findings: [], run: evidenceRun(scheduled.record), date: scheduled.record.time,
      status: age <= DAY_MS ? 'passed' : 'failed',
      evidence: age <= DAY_MS ? `last scheduled run ${hours} h ago` : `the last scheduled run is ${Math.floor(age / DAY_MS)} day(s) old`,
    });
  }

  items.push(alertsItem(manifest, sorted));

  items.push(await rollbackItem(manifest, latest('rollback'), inputs.cwd));

  const counts = { passed: 0, failed: 0, 'not checked': 0 } as Record<ItemStatus, number>;
  for (const item of items) counts[item.status]++;
  return {
    schemaVersion: 1,
    generatedAt: inputs.now.toISOString(),
    ready: counts.passed === items.length,
    counts,
    items,
    knownLimitations: manifest.launch?.['known-limitations'] ?? [],
  };
}

type ItemHead = Pick<ChecklistItem, 'id' | 'name' | 'criterion'>;

function notChecked(item: ItemHead, why: string, record?: HistoryRecord): ChecklistItem {
  return { id: item.id, name: item.name, criterion: item.criterion, status: 'not checked', evidence: why, findings: [], ...(record ? { run: evidenceRun(record), date: record.time } : {}) };
}

function failed(item: ItemHead, why: string): ChecklistItem {
  return { id: item.id, name: item.name, criterion: item.criterion, status: 'failed', evidence: why, findings: [] };
}

/** Passed when the check finished and none of the item's findings is an error; the findings are the evidence. */
function fromCheck(item: ItemHead, record: HistoryRecord, check: CheckRecord, belongs: (f: KeptFinding) => boolean, extra?: () => string | undefined): ChecklistItem {
  const findings = check.findings.filter(belongs);
  const errors = findings.filter((f) => f.severity === 'error');
  const base = { id: item.id, name: item.name, criterion: item.criterion, run: evidenceRun(record), date: record.time, findings };
  const more = extra?.();
  if (check.status === 'error') {
    return { ...base, status: 'failed', evidence: `the ${check.check} check could not finish (${runLabel(record)})` };
  }
  if (errors.length) {
    return { ...base, status: 'failed', evidence: `${errors.length} error(s) in the ${check.check} check (${runLabel(record)}): ${errors.map((f) => f.ruleId).join(', ')}` };
  }
  const warnings = findings.length ? `; ${findings.length} warning(s): ${[...new Set(findings.map((f) => f.ruleId))].join(', ')}` : '';
  return { ...base, status: 'passed', evidence: `the ${check.check} check passed (${runLabel(record)})${more ? `: ${more}` : ''}${warnings}` };
}

/**
 * The proxy in front: judged from the domain check's proxy-* findings on the hosts declared under
 * domain.hosts with a proxy (not `none`). Passed only when that check ran and none of them is an error.
 */
function proxyItem(manifest: Manifest, domain: { record: HistoryRecord; check: CheckRecord } | undefined): ChecklistItem {
  const head = { id: 'proxy', name: 'proxy', criterion: 'in front, not breaking auth' };
  const hosts = Object.entries((manifest.domain as { hosts?: Record<string, { proxy?: unknown }> } | undefined)?.hosts ?? {});
  const proxied = hosts.filter(([, h]) => h && h.proxy !== 'none').map(([name]) => name);
  if (hosts.length === 0) return notChecked(head, 'domain.hosts in the manifest declares no host behind a proxy or CDN');
  if (proxied.length === 0) return notChecked(head, `every host under domain.hosts says proxy: none (${hosts.map(([n]) => n).join(', ')})`);
  if (!domain) return notChecked(head, 'no domain check in the history');
  return fromCheck(head, domain.record, domain.check, (f) => /^proxy-/.test(f.ruleId), () => `${proxied.join(', ')} behind the proxy`);
}

function p95Item(latest: { record: HistoryRecord; check: CheckRecord } | undefined): ChecklistItem {
  const head = { id: 'p95', name: 'p95', criterion: 'under its threshold' };
  if (!latest) return notChecked(head, 'no latency run against a deployed environment in the history');
  const endpoints = latest.check.endpoints ?? [];
  const judged = endpoints.filter((e) => e.thresholdP95Ms !== undefined && e.p95Ms !== null);
  if (judged.length === 0) return notChecked(head, `no endpoint of the last latency run (${runLabel(latest.record)}) has a p95 threshold and a measured p95`, latest.record);
  const over = judged.filter((e) => e.p95Ms! > e.thresholdP95Ms!);
  const figures = judged.map((e) => `${e.name} ${Math.round(e.p95Ms!)} ms of ${e.thresholdP95Ms} ms`).join(', ');
  const unjudged = endpoints.length - judged.length;
  return {
    ...head, run: evidenceRun(latest.record), date: latest.record.time,
    findings: latest.check.findings.filter((f) => f.severity === 'error'),
    status: over.length ? 'failed' : 'passed',
    evidence: `${over.length ? `${over.length} endpoint(s) over` : 'every endpoint under'} its threshold (${runLabel(latest.record)}): ${figures}${unjudged ? `; ${unjudged} endpoint(s) without a threshold` : ''}`,
  };
}

/**
 * Alerts pass only on evidence that they reach people: every configured sink's last delivery in the
 * history succeeded. A sink whose last delivery failed fails the item; sinks never used leave it not checked.
 */
function alertsItem(manifest: Manifest, newestFirst: readonly HistoryRecord[]): ChecklistItem {
  const head = { id: 'alerts', name: 'alerts', criterion: 'configured, and delivered' };
  const sinks = manifest.alerts ?? [];
  const owner = manifest.launch?.owners?.alerts;
  if (sinks.length === 0) {
    return notChecked(head, owner
      ? `launch.owners.alerts says "${owner}", but the manifest has no alerts section: no failure reaches them`
      : 'no alerts are configured, and launch.owners.alerts names nobody');
  }
  const names = sinks.map((s, i) => s.name ?? (s['github-issue'] ? 'github-issue' : `webhook ${i + 1} (${s.format ?? 'slack'})`));
  const last = new Map<string, { record: HistoryRecord; delivery: NonNullable<HistoryRecord['alerts']>['deliveries'][number] }>();
  for (const record of newestFirst) {
    for (const delivery of record.alerts?.deliveries ?? []) if (!last.has(delivery.sink)) last.set(delivery.sink, { record, delivery });
  }
  const failedSinks = names.filter((n) => last.get(n) && !last.get(n)!.delivery.ok);
  const unused = names.filter((n) => !last.has(n));
  const newest = [...last.values()].filter((x) => names.includes(x.delivery.sink)).sort((a, b) => Date.parse(b.record.time) - Date.parse(a.record.time))[0];
  const evidenceOf = (n: string) => {
    const x = last.get(n)!;
    return `${n}: ${x.delivery.ok ? 'delivered' : `failed (${x.delivery.error ?? 'no answer'})`} a ${x.delivery.kind} alert on ${x.record.time.slice(0, 16).replace('T', ' ')} UTC`;
  };
  const base = { ...head, findings: [], ...(newest ? { run: evidenceRun(newest.record), date: newest.record.time } : {}) };
  if (failedSinks.length) return { ...base, status: 'failed', evidence: `the last alert to ${failedSinks.join(', ')} was not delivered: ${failedSinks.map(evidenceOf).join('; ')}` };
  if (unused.length) {
    return { ...base, status: 'not checked', evidence: `${unused.join(', ')} ${unused.length === 1 ? 'has' : 'have'} never delivered an alert recorded in the history, so nothing shows ${unused.length === 1 ? 'it reaches' : 'they reach'} anyone${last.size ? `; ${[...last.keys()].filter((n) => names.includes(n)).map(evidenceOf).join('; ')}` : ''}` };
  }
  return { ...base, status: 'passed', evidence: names.map(evidenceOf).join('; ') };
}

/**
 * The rollback path: a rollback the history shows (passed when it rolled back and smoke confirmed it),
 * else an automated rollback the manifest configures (its script or workflow must exist), else the
 * document launch.rollback names.
 */
async function rollbackItem(manifest: Manifest, ran: { record: HistoryRecord; check: CheckRecord } | undefined, cwd: string): Promise<ChecklistItem> {
  const head = { id: 'rollback-path', name: 'rollback path', criterion: 'automated or documented' };
  if (ran) {
    const summary = typeof ran.check.facts?.summary === 'string' ? ran.check.facts.summary : `rollback ${ran.check.status === 'pass' ? 'passed' : 'failed'}`;
    return {
      ...head, run: evidenceRun(ran.record), date: ran.record.time, findings: ran.check.findings,
      status: ran.check.status === 'pass' ? 'passed' : 'failed',
      evidence: `the last rollback (${runLabel(ran.record)}): ${summary}`,
    };
  }
  const configured = manifest.rollback;
  if (configured?.workflow) {
    const file = `.github/workflows/${configured.workflow}`;
    const text = await readText(resolve(cwd, file));
    if (text === undefined) return failed(head, `rollback.workflow names ${file}, which does not exist`);
    if (!/\bworkflow_dispatch\b/.test(text)) return failed(head, `${file} (rollback.workflow) has no workflow_dispatch trigger, so it cannot be dispatched`);
    return { ...head, status: 'passed', evidence: `automated: ${file} is dispatched on a failed post-deploy run${configured.when === 'manual' ? ' (when: manual, by release-gate rollback)' : ''}; not yet exercised`, findings: [] };
  }
  if (configured?.run) {
    const program = configured.run.trim().split(/\s+/)[0]!;
    if (/[/\\]/.test(program) && (await readText(resolve(cwd, program))) === undefined) {
      return failed(head, `rollback.run starts ${program}, which does not exist`);
    }
    return { ...head, status: 'passed', evidence: `automated: rollback.run (${program}) runs on a failed post-deploy run${configured.when === 'manual' ? ' (when: manual, by release-gate rollback)' : ''}; not yet exercised`, findings: [] };
  }
  const path = manifest.launch?.rollback;
  if (!path) return failed(head, 'no rollback section, and launch.rollback names no document');
  try {
    const info = await stat(resolve(cwd, path));
    const text = info.isFile() ? await readFile(resolve(cwd, path), 'utf8') : '';
    if (!text.trim()) return failed(head, `${path} is empty`);
    return { ...head, status: 'passed', evidence: `documented in ${path} (${text.split('\n').length} lines)`, findings: [], date: info.mtime.toISOString() };
  } catch {
    return failed(head, `${path} (launch.rollback) does not exist`);
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function evidenceRun(r: HistoryRecord): EvidenceRun {
  return { time: r.time, kind: r.kind, environment: r.environment, ...(r.runUrl ? { url: r.runUrl } : {}), ...(r.commit ? { commit: r.commit } : {}) };
}

export function runLabel(r: HistoryRecord): string {
  return `${r.kind} run of ${r.time.slice(0, 16).replace('T', ' ')} UTC${r.environment !== '-' ? ` on ${r.environment}` : ''}`;
}

const MARK: Record<ItemStatus, string> = { passed: '✅ passed', failed: '❌ failed', 'not checked': '⚪ not checked' };

/** The checklist as Markdown: one line per item, "not checked" always spelled out, the known limitations last. */
export function renderLaunchMarkdown(list: LaunchChecklist, source: string): string {
  const out = [
    '# Go-live checklist\n\n',
    `Generated ${list.generatedAt.slice(0, 16).replace('T', ' ')} UTC from ${cell(source)}. `,
    list.ready
      ? '**Every item passed.**\n\n'
      : `**Not ready: ${list.counts.failed} failed, ${list.counts['not checked']} not checked, ${list.counts.passed} passed.** An item not checked is not a pass.\n\n`,
    '| Item | Means | Status | Evidence | Date |\n| --- | --- | --- | --- | --- |\n',
  ];
  for (const item of list.items) {
    const link = item.run?.url ? ` ([run](${item.run.url}))` : '';
    const findings = item.findings.slice(0, 3).map((f) => ` \`${f.ruleId}\`${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}: ${f.message}`).join(';');
    out.push(`| ${item.name} | ${cell(item.criterion)} | ${MARK[item.status]} | ${cell(item.evidence + (findings ? `.${findings}` : ''))}${link} | ${item.date?.slice(0, 10) ?? '—'} |\n`);
  }
  out.push('\n## Known limitations\n\n');
  out.push(list.knownLimitations.length ? list.knownLimitations.map((l) => `- ${l}\n`).join('') : '- None stated (launch.known-limitations).\n');
  return out.join('');
}
