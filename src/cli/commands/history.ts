import { parseArgs } from 'node:util';
import { ManifestError } from '../../manifest/errors.js';
import { HistoryNoWriteAccess } from '../../operate/history/branch-store.js';
import { HistoryError } from '../../operate/history/ndjson.js';
import { keepOf, openHistoryStore } from '../../operate/history/open-store.js';
import { recordFromReport, type HistoryRecord } from '../../operate/history/record.js';
import { runContext } from '../../operate/history/run-context.js';
import { renderTrendSummary } from '../../operate/history/trend-summary.js';
import { computeTrends, since } from '../../operate/history/trends.js';
import { readReportFile, ReportFileError } from '../../operate/read-report.js';
import type { CliIO } from '../main.js';
import { loadManifestOrDefaults } from './manifest-or-defaults.js';

const USAGE = `Usage: release-gate history add <report.json>... [options]
       release-gate history show [--since 30d] [--format text|json] [options]

add   adds each JSON report (--format json, or the action's report output) to the history as one run.
      Kind, commit, ref, run link and environment come from the GitHub Actions variables when set.
      --kind KIND          pull-request, post-deploy, nightly or manual (default: from GITHUB_EVENT_NAME)
      --environment NAME   (default: the environment the report's live checks ran against, or -)
      --commit SHA, --ref REF, --run-url URL, --time ISO-DATE
show  prints the runs and their trends (p95 and error rate against a rolling baseline, deploy success
      rate, uptime, certificate days left).
      --since N(d|h|w)     only runs this recent (default: all)
      --format text|json

Options:
  -m, --manifest PATH   the manifest whose \`history\` section names the store (default .github/release-gate.yml)
      --history FILE    use this NDJSON file as the history, whatever the manifest says
`;

const OPTIONS = {
  manifest: { type: 'string', short: 'm' },
  history: { type: 'string' },
  kind: { type: 'string' },
  environment: { type: 'string', short: 'e' },
  commit: { type: 'string' },
  ref: { type: 'string' },
  'run-url': { type: 'string' },
  time: { type: 'string' },
  since: { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const historyCommand = {
  async run(argv: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      return usage(io, (error as Error).message);
    }
    const { values, positionals } = parsed;
    const [verb, ...files] = positionals;
    if (values.help || verb === undefined) {
      io.stdout(USAGE);
      return values.help ? 0 : 2;
    }
    try {
      const manifest = await loadManifestOrDefaults(values.manifest, io.cwd);
      const settings = manifest?.data.history;
      const store = openHistoryStore(settings, io.cwd, { file: values.history, env: io.env });
      if (verb === 'add') {
        if (files.length === 0) return usage(io, 'history add needs at least one report file');
        const records: HistoryRecord[] = [];
        for (const file of files) {
          const report = await readReportFile(file, io.cwd);
          const context = runContext(report, io.env, now(), {
            kind: values.kind, environment: values.environment, commit: values.commit, ref: values.ref, runUrl: values['run-url'], time: values.time,
          });
          records.push(recordFromReport(report, context));
        }
        const result = await store.add(records, keepOf(settings));
        io.stdout(`history: added ${records.length} run(s) to ${store.description}; it holds ${result.records.length}${result.retries ? ` (${result.retries} push(es) retried after another run pushed first)` : ''}\n`);
        return 0;
      }
      if (verb === 'show') {
        if (files.length) return usage(io, `history show takes no file (got ${files.join(' ')})`);
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json') return usage(io, `--format must be text or json, got "${format}"`);
        const days = values.since === undefined ? undefined : parseSince(values.since);
        if (days === null) return usage(io, `--since must be a number of days, hours or weeks such as 30d, 12h or 2w, got "${values.since}"`);
        const all = await store.read();
        const records = days === undefined ? all : since(all, now(), days);
        const trends = computeTrends(records, { now: now(), baselineRuns: settings?.['baseline-runs'] });
        if (format === 'json') {
          io.stdout(`${JSON.stringify({ store: store.description, records, trends }, null, 2)}\n`);
        } else {
          io.stdout(renderRuns(store.description, records, values.since));
          io.stdout(`\n${renderTrendSummary(trends)}`);
        }
        return 0;
      }
      return usage(io, `unknown history command "${verb}" (add or show)`);
    } catch (error) {
      if (error instanceof ManifestError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      if (error instanceof HistoryError || error instanceof ReportFileError) {
        io.stderr(`release-gate history: ${error.message}\n`);
        return 2;
      }
      if (error instanceof HistoryNoWriteAccess) {
        io.stderr(`release-gate history: ${error.message}; nothing was added\n`);
        return 1;
      }
      if (error instanceof Error && /^--(kind|time) must/.test(error.message)) return usage(io, error.message);
      throw error;
    }
  },
};

function usage(io: CliIO, message: string): number {
  io.stderr(`release-gate history: ${message}\nRun release-gate history --help for usage.\n`);
  return 2;
}

/** "30d", "12h", "2w" in days; null when it is none of those. */
export function parseSince(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([dhw])\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * { d: 1, h: 1 / 24, w: 7 }[m[2] as 'd' | 'h' | 'w'];
}

function renderRuns(store: string, records: readonly HistoryRecord[], sinceText: string | undefined): string {
  const head = `History: ${store}, ${records.length} run(s)${sinceText ? ` in the last ${sinceText}` : ''}\n`;
  if (records.length === 0) return head;
  const rows = records.map((r) => {
    const p95 = r.checks.filter((c) => c.check === 'latency').flatMap((c) => c.endpoints ?? [])
      .map((e) => `${e.name} ${e.p95Ms === null ? '—' : `${Math.round(e.p95Ms)} ms`}`).join(', ');
    return [r.time.replace('T', ' ').slice(0, 16), r.kind, r.environment, r.status, r.checks.map((c) => `${c.check}:${c.status}`).join(' '), p95];
  });
  const header = ['time (UTC)', 'kind', 'environment', 'status', 'checks', 'p95'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()}\n`;
  return head + '\n' + line(header) + rows.map(line).join('');
}
