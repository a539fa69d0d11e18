import { parseArgs } from 'node:util';
import { ManifestError } from '../../manifest/errors.js';
import { findManifest, loadManifest } from '../../manifest/load.js';
import type { CliIO } from '../main.js';

const USAGE = `Usage: release-gate validate [--manifest PATH]

Checks the manifest against the schema and its references (environments, sessions) without running
any check. Exit 0 when it is valid, 2 with each problem at file:line:column when it is not.
`;

export const validateCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { manifest: { type: 'string', short: 'm' }, help: { type: 'boolean', short: 'h' } } }));
    } catch (error) {
      io.stderr(`release-gate validate: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (values.help) { io.stdout(USAGE); return 0; }
    const { path, cwd } = values.manifest ? { path: values.manifest, cwd: io.cwd } : findManifest(io.cwd);
    try {
      const manifest = await loadManifest(path, cwd);
      const sections = ['env', 'migrations', 'secrets', 'smoke', 'latency', 'domain'].filter((s) => (manifest.data as unknown as Record<string, unknown>)[s] !== undefined);
      io.stdout(`${manifest.file}: valid (${sections.length ? `configures ${sections.join(', ')}` : 'configures no check yet'})\n`);
      return 0;
    } catch (error) {
      if (error instanceof ManifestError) { io.stderr(`${error.message}\n`); return 2; }
      throw error;
    }
  },
};
