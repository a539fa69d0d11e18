import { groupDigits } from '../../reporters/counts.js';
import { cell } from '../../reporters/markdown-cell.js';
import type { Baseline, Verdict } from './baseline.js';
import { notMonitoredNote, type Ratio, type Trends } from './trends.js';

const ARROWS: Record<Verdict, string> = {
  worse: '🔺 worse than the baseline',
  better: '🔽 better than the baseline',
  steady: '➡️ steady',
  'too-few-runs': '· too few runs to judge',
};

const ms = (v: number | null | undefined) => (v == null ? '—' : `${groupDigits(Math.round(v))} ms`);
const pct = (v: number | null | undefined, digits = 1) => (v == null ? '—' : `${(v * 100).toFixed(digits)}%`);
const share = (r: Ratio) => (r.ratio === null ? 'no runs' : `${pct(r.ratio)} (${r.passed}/${r.runs})`);
const baseline = (b: Baseline | undefined, format: (v: number) => string) =>
  (b ? `${format(b.median)} ± ${format(b.spread)} (${b.runs} runs)` : '—');

export interface TrendSummaryOptions {
  /** Linked above the tables. */
  dashboardUrl?: string;
  /** Latency rows shown (default 12): the summary stays short whatever the history holds. */
  maxSeries?: number;
}

/**
 * The job summary's trends: the dashboard's figures as tables, each latest value against its rolling
 * baseline (median and spread of earlier comparable runs), and a Mermaid chart of recent p95s.
 */
export function renderTrendSummary(trends: Trends, options: TrendSummaryOptions = {}): string {
  const out: string[] = ['## Trends\n\n'];
  if (options.dashboardUrl) out.push(`Dashboard: ${options.dashboardUrl}\n\n`);
  if (trends.runs === 0) return `${out.join('')}No runs in the history yet.\n`;
  out.push(`${trends.runs} run(s) in the history. A figure is judged against the median and spread of the earlier comparable runs (same kind, environment and endpoint), never against one run.\n\n`);

  const series = trends.latency.slice(0, options.maxSeries ?? 12);
  if (series.length) {
    out.push('| Figure | Latest | Baseline | Trend |\n| --- | ---: | ---: | --- |\n');
    for (const s of series) {
      const label = `${s.endpoint} (${s.environment}, ${s.kind})`;
      out.push(`| p95 ${cell(label)} | ${ms(s.latest?.p95Ms)} | ${baseline(s.p95Baseline, ms)} | ${ARROWS[s.p95Verdict]} |\n`);
      out.push(`| error rate ${cell(label)} | ${pct(s.latest?.errorRate, 2)} | ${baseline(s.errorRateBaseline, (v) => pct(v, 2))} | ${ARROWS[s.errorRateVerdict]} |\n`);
    }
    if (trends.latency.length > series.length) out.push(`\n${trends.latency.length - series.length} more endpoint series on the dashboard.\n`);
    out.push('\n');
  }

  const rates: string[] = [];
  for (const d of trends.deploys) rates.push(`| deploy success (${cell(d.environment)}) | ${share(d.days7)} | ${share(d.days30)} |\n`);
  for (const u of trends.uptime) rates.push(`| uptime ${cell(u.step)} (${cell(u.environment)})${u.observed?.days30.notMonitoredMs ? ` (${cell(notMonitoredNote(u.observed))})` : ''} | ${share(u.days7)} | ${share(u.days30)} |\n`);
  if (rates.length) out.push('| Figure | Last 7 days | Last 30 days |\n| --- | ---: | ---: |\n', ...rates, '\n');

  if (trends.certificates.length) {
    out.push('| Certificate | Days left | Checked |\n| --- | ---: | --- |\n');
    for (const c of trends.certificates) out.push(`| ${cell(c.host)} | ${c.latest?.daysLeft ?? '—'} | ${c.latest?.time.slice(0, 10) ?? '—'} |\n`);
    out.push('\n');
  }

  const chart = p95Chart(trends);
  if (chart) out.push(chart);
  return out.join('');
}

/** The last runs' p95 of up to four series, as a Mermaid line chart; the tables above carry the numbers. */
function p95Chart(trends: Trends): string | undefined {
  const series = trends.latency.filter((s) => s.points.filter((p) => p.p95Ms !== null).length >= 2).slice(0, 4);
  if (series.length === 0) return undefined;
  const length = Math.min(30, ...series.map((s) => s.points.filter((p) => p.p95Ms !== null).length));
  const values = series.map((s) => s.points.filter((p) => p.p95Ms !== null).slice(-length).map((p) => Math.round(p.p95Ms!)));
  const top = Math.max(1, ...values.flat()) * 1.1;
  const legend = series.map((s, i) => `${['🟦', '🟧', '🟩', '🟥'][i]} ${cell(`${s.endpoint} (${s.environment}, ${s.kind})`)}`).join(' · ');
  return '```mermaid\n'
    + '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb, #fb8500, #2da44e, #cf222e"}}}}%%\n'
    + `xychart-beta\n  title "p95 over the last ${length} runs (ms)"\n  x-axis [${Array.from({ length }, (_, i) => i + 1).join(', ')}]\n`
    + `  y-axis "ms" 0 --> ${Math.ceil(top)}\n${values.map((v) => `  line [${v.join(', ')}]\n`).join('')}\`\`\`\n\n${legend}\n`;
}
