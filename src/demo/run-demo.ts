import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Masker } from '../mask.js';
import { ManifestError } from '../manifest/errors.js';
import { runReleaseGate } from '../run.js';
import type { Report } from '../types.js';
import { startDemoApp } from './app.js';
import { DEMO_CREDENTIALS } from './credentials.js';
import { startDemoDomain } from './domain-fixtures.js';

/** A problem planted in the demo workspace, and where the gate should report it. */
export interface PlantedProblem {
  check: string;
  ruleId: string;
  file: string;
  line: number;
  description: string;
}

interface Planted extends PlantedProblem {
  /** For diff-aware problems: the files committed on the base branch before the feature branch. */
  baseFiles?: string[];
}

/** The placeholder origin in the demo manifest, replaced by the demo app's real address. */
export const DEMO_ORIGIN_PLACEHOLDER = 'http://demo-app.localhost';

// Both the bundle (dist/bundle/) and the source (src/demo/run-demo.ts) sit two levels below the repository.
export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo');

export interface DemoResult {
  report: Report;
  caught: PlantedProblem[];
  missed: PlantedProblem[];
  /** Set when kept. */
  workspace?: string;
}

/** Starts the app, lays out the workspace, runs every check, and shuts everything down. */
export async function runDemo(
  options: { keep?: boolean; env?: Readonly<Record<string, string | undefined>>; onStart?: (url: string) => void } = {},
): Promise<DemoResult> {
  const workspace = mkdtempSync(join(tmpdir(), 'release-gate-demo-'));
  const app = await startDemoApp({ latency: dashboardSlowUnderLoad() });
  const domain = await startDemoDomain(app.port);
  options.onStart?.(app.url);
  try {
    cpSync(join(DEMO_DIR, 'workspace'), workspace, { recursive: true });
    const manifestPath = join(workspace, '.github/release-gate.yml');
    const substitutions: Record<string, string> = { [DEMO_ORIGIN_PLACEHOLDER]: app.url, ...domain.substitutions };
    let manifestText = readFileSync(manifestPath, 'utf8');
    for (const [placeholder, value] of Object.entries(substitutions)) manifestText = manifestText.split(placeholder).join(value);
    writeFileSync(manifestPath, manifestText);
    const planted = JSON.parse(readFileSync(join(DEMO_DIR, 'planted.json'), 'utf8')) as Planted[];
    const base = layOutGitHistory(workspace, planted);

    // The demo tests its own app: a deployment_status event of the surrounding workflow must not redirect it.
    const { GITHUB_EVENT_NAME: _event, GITHUB_EVENT_PATH: _path, ...inherited } = options.env ?? {};
    const env = { ...inherited, ...DEMO_CREDENTIALS };
    const { report } = await runReleaseGate({
      cwd: workspace, env, manifestPath: '.github/release-gate.yml', base, failOn: 'error', inputs: {}, masker: new Masker(),
    });
    const found = (p: PlantedProblem) => report.checks.some((c) => c.findings.some((f) => f.ruleId === p.ruleId && f.file === p.file && f.line === p.line));
    const ran = new Set(report.checks.map((c) => c.check));
    const relevant = planted.filter((p) => ran.has(p.check)).map(({ baseFiles: _baseFiles, ...p }) => p);
    return {
      report,
      caught: relevant.filter(found),
      missed: relevant.filter((p) => !found(p)),
      workspace: options.keep ? workspace : undefined,
    };
  } catch (error) {
    if (error instanceof ManifestError) throw new Error(`the demo manifest is broken (a release-gate bug): ${error.message}`, { cause: error });
    throw error;
  } finally {
    await Promise.all([app.close(), domain.close()]);
    if (!options.keep) rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * Planted for the latency check: the dashboard answers at once when one person loads it (so smoke
 * passes) and takes 800 ms once more than five requests arrive within a second.
 */
export function dashboardSlowUnderLoad(): (req: { url?: string }) => number {
  const recent: number[] = [];
  return (req) => {
    if ((req.url ?? '').split('?')[0] !== '/dashboard') return 0;
    const now = performance.now();
    recent.push(now);
    while (recent[0]! < now - 1000) recent.shift();
    return recent.length > 5 ? 800 : 0;
  };
}

/**
 * Diff-aware problems (a migration out of order) need a base branch: commit the files a planted
 * problem names as base files on `main`, then everything else on a feature branch.
 */
function layOutGitHistory(workspace: string, planted: Planted[]): string | undefined {
  const baseFiles = planted.flatMap((p) => p.baseFiles ?? []);
  if (!baseFiles.length) return undefined;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@demo.test', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@demo.test' } });
  try {
    git('init', '-q', '-b', 'main');
    const present = baseFiles.filter((f) => existsSync(join(workspace, f)));
    git('add', '--', ...present);
    git('commit', '-q', '--no-gpg-sign', '-m', 'base: what is already deployed');
    git('checkout', '-q', '-b', 'feature');
    git('add', '-A');
    git('commit', '-q', '--no-gpg-sign', '-m', 'feature: the change under review');
    return 'main';
  } catch {
    return undefined; // no git: the diff-aware problems are simply not looked for
  }
}

export function describePlanted(caught: PlantedProblem[], missed: PlantedProblem[]): string {
  const lines = ['', `Planted problems: ${caught.length} of ${caught.length + missed.length} caught`];
  for (const p of caught) lines.push(`  caught  ${p.ruleId}  ${p.file}:${p.line}  ${p.description}`);
  for (const p of missed) lines.push(`  MISSED  ${p.ruleId}  ${p.file}:${p.line}  ${p.description}`);
  return `${lines.join('\n')}\n`;
}
