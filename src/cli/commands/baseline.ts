import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BaselineError, DEFAULT_BASELINE, renderBaseline, type BaselineEntry } from '../../baseline/baseline.js';
import { CHECKS } from '../../checks/index.js';
import { ManifestError } from '../../manifest/errors.js';
import { DEFAULT_MANIFEST } from '../../manifest/load.js';
import { runReleaseGate } from '../../run.js';
import type { CliIO } from '../main.js';

const USAGE = `Usage: release-gate baseline write [FILE] [options]
       release-gate baseline prune [FILE] [options]

write  records every current finding in FILE (default: the manifest's \`baseline:\`, else
       ${DEFAULT_BASELINE}); later runs hide them and say how many.
prune  drops the entries of FILE that no longer match a finding, keeping the rest and the salt.

Options:
  -m, --manifest PATH   the manifest (default ${DEFAULT_MANIFEST})
      --checks LIST     comma-separated checks (default: every configured check that does not
                        touch a live environment: env, migrations, secrets)
  -e, --environment NAME
  -h, --help            this help
`;

/** `release-gate baseline write|prune [FILE]`: records today's findings, or forgets the fixed ones. */
export const baselineCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv, allowPositionals: true,
        options: { manifest: { type: 'string', short: 'm' }, checks: { type: 'string' }, environment: { type: 'string', short: 'e' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      io.stderr(`release-gate baseline: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) { io.stdout(USAGE); return 0; }
    const [verb, fileArg, ...extra] = positionals;
    if ((verb !== 'write' && verb !== 'prune') || extra.length) {
      io.stderr(`release-gate baseline: ${verb ? `unknown action "${[verb, ...extra].join(' ')}"` : 'say write or prune'}\n${USAGE}`);
      return 2;
    }
    const checks = values.checks ? values.checks.split(',').filter(Boolean) : undefined;
    for (const name of checks ?? []) {
      if (!CHECKS.some((c) => c.name === name)) { io.stderr(`release-gate baseline: unknown check "${name}"\n`); return 2; }
    }
    try {
      const run = await runReleaseGate({
        cwd: io.cwd, env: io.env, manifestPath: values.manifest ?? DEFAULT_MANIFEST, failOn: 'error',
        checks, environment: values.environment, inputs: {}, recordBaseline: true, baselinePath: fileArg,
        // Live checks would reach production: record them only when asked by name.
        available: checks ? CHECKS : CHECKS.filter((c) => !c.live),
      });
      const path = fileArg ?? run.manifest.data.baseline ?? DEFAULT_BASELINE;
      const found = run.entries ?? [];
      let entries: BaselineEntry[];
      let message: string;
      if (verb === 'write') {
        entries = found;
        message = `recorded ${count(entries.length, 'finding')} in ${path}; later runs hide them. Review it before committing: every entry is a problem someone accepted`;
      } else {
        if (!run.baseline || run.baseline.path !== path) { io.stderr(`release-gate baseline prune: ${path} is not a baseline to prune; write one with \`release-gate baseline write ${path}\`\n`); return 2; }
        const current = new Set(found.map((e) => e.fingerprint));
        entries = run.baseline.entries.filter((e) => current.has(e.fingerprint));
        message = `pruned ${count(run.baseline.entries.length - entries.length, 'entry', 'entries')} no longer matching a finding; ${entries.length} kept in ${path}`;
      }
      const target = resolve(io.cwd, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, renderBaseline({ salt: run.salt, entries }));
      io.stdout(`release-gate baseline: ${message}\n`);
      return 0;
    } catch (error) {
      if (error instanceof ManifestError) { io.stderr(`${error.message}\n`); return 2; }
      if (error instanceof BaselineError) { io.stderr(`release-gate baseline: ${error.message}\n`); return 2; }
      throw error;
    }
  },
};

function count(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
