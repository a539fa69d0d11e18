import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ManifestError } from '../../manifest/errors.js';
import { HistoryNoWriteAccess } from '../../operate/history/branch-store.js';
import { HistoryError } from '../../operate/history/ndjson.js';
import { handoverReport, renderHandoverMarkdown } from '../../reports/handover.js';
import { renderLaunchMarkdown } from '../../reports/launch.js';
import type { CliIO } from '../main.js';
import { loadOperateInputs } from './operate-inputs.js';

const USAGE = `Usage: release-gate report --launch [--output FILE] [--format markdown|json]
       release-gate report --handover [--output FILE] [--format markdown|json]

--launch     the go-live checklist: each item passed, failed or not checked, with the run, finding and
             date it rests on (from the history and the manifest); known limitations close it.
             Exits 0 only when every item passed.
--handover   where DNS, hosting, mail records and secrets live, who is alerted, where logs are, how to
             roll back, and next steps from the open warnings.
--output FILE  writes FILE (Markdown, or JSON when it ends in .json) and the other format beside it
             (FILE.json or FILE.md); without it the report goes to standard output.
Options: -m, --manifest PATH; --history FILE (an NDJSON history instead of the manifest's store).
`;

export const reportCommand = {
  async run(argv: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, strict: true, options: {
        launch: { type: 'boolean' }, handover: { type: 'boolean' }, output: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' },
        manifest: { type: 'string', short: 'm' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      } }));
    } catch (error) {
      return usage(io, (error as Error).message);
    }
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (!!values.launch === !!values.handover) return usage(io, 'give exactly one of --launch and --handover');
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json') return usage(io, `--format must be markdown or json, got "${format}"`);
    try {
      const inputs = await loadOperateInputs(io, values, now());
      const source = `${inputs.historySource} (${inputs.records.length} runs)${inputs.manifestFile ? ` and ${inputs.manifestFile}` : ''}`;
      let markdown: string;
      let json: string;
      let code = 0;
      if (values.launch) {
        markdown = renderLaunchMarkdown(inputs.checklist, source);
        json = `${JSON.stringify(inputs.checklist, null, 2)}\n`;
        code = inputs.checklist.ready ? 0 : 1;
      } else {
        const handover = handoverReport({ ...inputs, now: now() });
        markdown = renderHandoverMarkdown(handover);
        json = `${JSON.stringify(handover, null, 2)}\n`;
      }
      if (values.output) {
        const path = resolve(io.cwd, values.output);
        const isJson = extname(path).toLowerCase() === '.json';
        const other = `${path.slice(0, path.length - extname(path).length)}${isJson ? '.md' : '.json'}`;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, isJson ? json : markdown);
        await writeFile(other, isJson ? markdown : json);
        io.stdout(`report: ${values.launch ? 'go-live checklist' : 'handover'} written to ${values.output} and ${relative(io.cwd, other)}\n`);
      } else {
        io.stdout(format === 'json' ? json : markdown);
      }
      return code;
    } catch (error) {
      if (error instanceof ManifestError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      if (error instanceof HistoryError || error instanceof HistoryNoWriteAccess) {
        io.stderr(`release-gate report: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};

function usage(io: CliIO, message: string): number {
  io.stderr(`release-gate report: ${message}\nRun release-gate report --help for usage.\n`);
  return 2;
}
