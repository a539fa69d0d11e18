import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, formatReport, type Format } from '../../format.js';
import { durationMs } from '../../http/duration.js';
import { ManifestError } from '../../manifest/errors.js';
import { DEFAULT_MANIFEST, findManifest } from '../../manifest/load.js';
import { Masker } from '../../mask.js';
import { renderText, shouldUseColor } from '../../reporters/text.js';
import type { CliIO } from '../main.js';

const USAGE = `Usage: release-gate post-deploy [options]

The whole post-deploy stage: smoke (with its rollout wait) and latency, then watch when the manifest
has it; the GitHub deployment's statuses (in_progress, then success or failure with the run's link and
a one-line reason); and on a failure, crash or timeout the manifest's rollback, confirmed by smoke.

Options:
  -m, --manifest PATH      the manifest (default ${DEFAULT_MANIFEST})
  -e, --environment NAME   the environment to verify
      --deployment-id N    the GitHub deployment to post statuses on (default: the deployment_status event's)
      --url URL            test this URL instead of the environment's (a preview deployment)
      --no-rollback        report the failure, do not roll back
      --timeout DURATION   stop the checks after this long (e.g. 20m); a timeout fails the stage and rolls back
  -f, --format FORMAT      ${FORMATS.join('|')} (default text)
  -o, --output FILE        write the report to FILE; stdout gets only the one-line verdict
      --fail-on LEVEL      error (default) or warning

GitHub: GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL (default https://api.github.com). Without a
token, no status is posted and a workflow rollback cannot be dispatched; the checks run the same.
Then, as actions/post-deploy does: the manifest's alerts on a change of state, and the run added to the
history (the manifest's store, else .release-gate/history.ndjson) as a post-deploy run, its rollback
included. Neither changes the exit code.
Exit codes: 0 the stage passed; 1 it failed (rolled back or not); 2 usage or manifest error.
`;

export const postDeployCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, options: {
        manifest: { type: 'string', short: 'm' }, environment: { type: 'string', short: 'e' }, 'deployment-id': { type: 'string' },
        url: { type: 'string' }, 'no-rollback': { type: 'boolean' }, timeout: { type: 'string' }, format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      } }));
    } catch (error) {
      return usage(io, (error as Error).message);
    }
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format as Format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const failOn = values['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning') return usage(io, `--fail-on must be error or warning, got "${failOn}"`);
    let timeoutMs: number | undefined;
    if (values.timeout !== undefined) {
      timeoutMs = /^\s*\d+(\.\d+)?\s*(ms|s|m|h)\s*$/.test(values.timeout) ? durationMs(values.timeout, 0) : NaN;
      if (!(timeoutMs! > 0)) return usage(io, `--timeout must be a duration such as 20m, got "${values.timeout}"`);
    }

    // Loaded on use: the HTTP client (undici) stays out of the CLI's start for every other command.
    const { githubFromEnv } = await import('../../github/client.js');
    const { runPostDeploy, PostDeployUsageError } = await import('../../operate/post-deploy.js');
    const masker = new Masker();
    const located = values.manifest === undefined ? findManifest(io.cwd) : { path: values.manifest, cwd: io.cwd };
    const { client: github } = githubFromEnv({ ...io.env });
    const log = (level: string, message: string) => io.stderr(`release-gate: ${level === 'info' ? '' : `${level}: `}${masker.mask(message)}\n`);
    try {
      const result = await runPostDeploy({
        cwd: located.cwd, env: io.env, manifestPath: located.path, environment: values.environment, deploymentId: values['deployment-id'],
        noRollback: values['no-rollback'], timeoutMs, failOn, inputs: { url: values.url }, masker, github, signal: io.signal, log,
        progress: (line) => io.stderr(`release-gate: ${line}\n`),
      });
      const color = shouldUseColor(io.env, io.isTTY);
      const rendered = masker.mask(formatReport(result.report, format as Format, { color, manifestFile: result.manifest.file, failOn }));
      if (values.output) {
        const path = resolve(io.cwd, values.output);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, rendered);
        const verdict = renderText(result.report, { color }).trimEnd().split('\n').pop() ?? '';
        io.stdout(`${masker.mask(verdict)}  (report: ${values.output})\n`);
      } else {
        io.stdout(rendered);
      }
      if (result.deployment && result.statuses.length) io.stderr(`release-gate: deployment ${result.deployment.id}: posted ${result.statuses.join(', ')}\n`);
      io.stderr(`release-gate: post-deploy: ${masker.mask(result.reason)}\n`);
      // What actions/post-deploy does after the stage, by the same function: the alerts, then the run in the history.
      const { finishRun } = await import('../../operate/finish-run.js');
      await finishRun({
        report: result.report, manifest: result.manifest.data, cwd: located.cwd, env: io.env, now: new Date(), masker, environment: values.environment,
        kind: 'post-deploy', ...(result.deployment?.sha ? { commit: result.deployment.sha } : {}), keep: 'always', log,
      });
      return result.report.status === 'pass' ? 0 : 1;
    } catch (error) {
      if (error instanceof ManifestError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      if (error instanceof PostDeployUsageError) return usage(io, error.message);
      throw error;
    } finally {
      await github?.close();
    }
  },
};

function usage(io: CliIO, message: string): number {
  io.stderr(`release-gate post-deploy: ${message}\nRun release-gate post-deploy --help for usage.\n`);
  return 2;
}
