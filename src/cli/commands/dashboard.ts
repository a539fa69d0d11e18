import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ManifestError } from '../../manifest/errors.js';
import { dashboardData } from '../../operate/dashboard/data.js';
import { writeDashboard } from '../../operate/dashboard/build.js';
import { HistoryNoWriteAccess } from '../../operate/history/branch-store.js';
import { HistoryError } from '../../operate/history/ndjson.js';
import type { CliIO } from '../main.js';
import { loadOperateInputs } from './operate-inputs.js';

const USAGE = `Usage: release-gate dashboard --output <dir> [--title TEXT] [--manifest PATH] [--history FILE]

Builds the static dashboard from the history: index.html, the page code, uPlot and the data, in <dir>.
It has no server and loads nothing from the network: open index.html from disk, or publish <dir> to
GitHub Pages (docs/operate.md). Panels: p95 per endpoint, error rate, deploy success rate, uptime,
certificate days left, the last runs and the go-live checklist.
`;

export const dashboardCommand = {
  async run(argv: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, options: {
        output: { type: 'string', short: 'o' }, title: { type: 'string' }, manifest: { type: 'string', short: 'm' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      } }));
    } catch (error) {
      io.stderr(`release-gate dashboard: ${(error as Error).message}\n`);
      return 2;
    }
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (!values.output) {
      io.stderr('release-gate dashboard: --output <dir> is required\nRun release-gate dashboard --help for usage.\n');
      return 2;
    }
    try {
      const inputs = await loadOperateInputs(io, values, now());
      const repo = io.env.GITHUB_REPOSITORY;
      const data = dashboardData(inputs.trends, { title: values.title ?? (repo ? `${repo}: release-gate` : 'release-gate dashboard'), source: inputs.historySource, checklist: inputs.checklist });
      const dir = resolve(io.cwd, values.output);
      const files = await writeDashboard(data, dir);
      io.stdout(`dashboard: ${inputs.records.length} run(s) from ${inputs.historySource} written to ${values.output}/ (${files.join(', ')})\n`);
      return 0;
    } catch (error) {
      if (error instanceof ManifestError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      if (error instanceof HistoryError || error instanceof HistoryNoWriteAccess) {
        io.stderr(`release-gate dashboard: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
