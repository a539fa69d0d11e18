import { parseArgs } from 'node:util';
import { ManifestError } from '../../manifest/errors.js';
import { DEFAULT_MANIFEST, findManifest, loadManifest } from '../../manifest/load.js';
import { Masker } from '../../mask.js';
import { openHistoryStore } from '../../operate/history/open-store.js';
import type { CliIO } from '../main.js';

const USAGE = `Usage: release-gate rollback [options]

Runs the manifest's rollback by hand (whatever rollback.when says): the command, given
RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA and RELEASE_GATE_REASON,
or a workflow_dispatch of the workflow with the last sha whose post-deploy gate passed (from the
history, else the GitHub Deployments API). Then smoke runs again to confirm, when the manifest has it.

Options:
  -m, --manifest PATH      the manifest (default ${DEFAULT_MANIFEST})
  -e, --environment NAME   the environment to roll back (default: the only one, or smoke's)
      --failed-sha SHA     the release that failed (default GITHUB_SHA)
      --to SHA             roll back to this sha instead of looking one up
      --reason TEXT        why (default "rolled back by hand")
      --url URL            confirm with smoke on this URL instead of the environment's
      --no-confirm         do not run smoke afterwards
      --history FILE       read this NDJSON history instead of the manifest's store

The outcome is added to the history as a manual run (the go-live checklist's rollback path reads it),
and a failed rollback is alerted like any failed check.
Exit codes: 0 rolled back (and confirmed); 1 the rollback or its confirmation failed; 2 usage or manifest error.
`;

export const rollbackCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, options: {
        manifest: { type: 'string', short: 'm' }, environment: { type: 'string', short: 'e' }, 'failed-sha': { type: 'string' }, to: { type: 'string' },
        reason: { type: 'string' }, url: { type: 'string' }, 'no-confirm': { type: 'boolean' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      } }));
    } catch (error) {
      return usage(io, (error as Error).message);
    }
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    for (const flag of ['failed-sha', 'to'] as const) {
      const sha = values[flag];
      if (sha !== undefined && !/^[0-9a-f]{4,64}$/i.test(sha)) return usage(io, `--${flag} must be a commit sha, got "${sha}"`);
    }
    const masker = new Masker();
    const located = values.manifest === undefined ? findManifest(io.cwd) : { path: values.manifest, cwd: io.cwd };
    let manifest;
    try {
      manifest = await loadManifest(located.path, located.cwd);
    } catch (error) {
      if (error instanceof ManifestError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const settings = manifest.data.rollback;
    if (!settings) return usage(io, `${manifest.file} has no rollback section (rollback: { run: COMMAND } or { workflow: FILE })`);
    const names = Object.keys(manifest.data.environments ?? {});
    const environment = values.environment ?? manifest.data.smoke?.environment ?? (names.length === 1 ? names[0]! : '-');
    if (values.environment !== undefined && !names.includes(values.environment)) {
      return usage(io, `environment "${values.environment}" is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`);
    }
    // Loaded on use: the HTTP client (undici) stays out of the CLI's start for every other command.
    const { githubFromEnv } = await import('../../github/client.js');
    const { confirmWithSmoke, rollbackCheck, rollbackLine } = await import('../../operate/post-deploy.js');
    const { finishRun } = await import('../../operate/finish-run.js');
    const { performRollback } = await import('../../operate/rollback.js');
    const log = (level: string, message: string) => io.stderr(`release-gate: ${level === 'info' ? '' : `${level}: `}${masker.mask(message)}\n`);
    const { client: github } = githubFromEnv({ ...io.env });
    try {
      const failedSha = values['failed-sha'] ?? io.env.GITHUB_SHA;
      const outcome = await performRollback({
        settings, environment, reason: values.reason ?? 'rolled back by hand',
        ...(failedSha ? { failedSha } : {}), ...(values.to ? { previousSha: values.to } : {}),
        cwd: located.cwd, env: io.env, ...(github ? { github } : {}),
        readHistory: () => openHistoryStore(manifest.data.history, located.cwd, { file: values.history, env: io.env }).read(),
        mask: (t) => masker.mask(t), ...(io.signal ? { signal: io.signal } : {}), log,
      });
      const confirm = outcome.status !== 'failed' && !values['no-confirm'] && settings.confirm !== false && manifest.data.smoke !== undefined;
      const confirmation = confirm
        ? await confirmWithSmoke({
          cwd: located.cwd, env: io.env, manifestPath: located.path, manifest, environment: environment === '-' ? undefined : environment,
          inputs: {}, masker, previousSha: outcome.previous?.sha, ...(values.url ? { url: values.url } : {}), ...(io.signal ? { signal: io.signal } : {}), log,
        })
        : undefined;
      const rollback = { ...outcome, ...(confirmation ? { confirmation } : {}) };
      io.stdout(`${masker.mask(rollbackLine(rollback))}\n`);
      // Reported and recorded like an automatic one: the go-live checklist's rollback path rests on the
      // last rollback in the history, so a drill by hand counts. Always a manual run: its sha never
      // passes for a post-deploy run's, which is what the next rollback looks for.
      const check = rollbackCheck(rollback, manifest, environment);
      const history = values.history ? { ...manifest.data.history, branch: undefined, file: values.history } : manifest.data.history;
      await finishRun({
        report: { schemaVersion: 1, status: check.status === 'pass' ? 'pass' : 'fail', checks: [check] }, manifest: { ...manifest.data, ...(history ? { history } : {}) },
        cwd: located.cwd, env: io.env, now: new Date(), masker, kind: 'manual', ...(failedSha ? { commit: failedSha } : {}), keep: 'always', log,
      });
      return check.status === 'pass' ? 0 : 1;
    } finally {
      await github?.close();
    }
  },
};

function usage(io: CliIO, message: string): number {
  io.stderr(`release-gate rollback: ${message}\nRun release-gate rollback --help for usage.\n`);
  return 2;
}
