import { parseArgs } from 'node:util';
import { describePlanted, runDemo } from '../../demo/run-demo.js';
import { formatReport, FORMATS, type Format } from '../../format.js';
import { shouldUseColor } from '../../reporters/text.js';
import type { CliIO } from '../main.js';
import { demoServe } from './demo-serve.js';

export const demoCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    if (argv[0] === 'serve') return demoServe(argv.slice(1), io);
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { keep: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
    } catch (error) {
      io.stderr(`release-gate demo: ${(error as Error).message}\n`);
      return 2;
    }
    if (values.help) {
      io.stdout('Usage: release-gate demo [--format FORMAT] [--keep]\n\nStarts the demo app on 127.0.0.1, lays out a workspace with planted problems,\nruns every check, and exits 0 when every planted problem was caught.\n  --keep    leave the workspace on disk and print its path\n');
      return 0;
    }
    const format = (values.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) {
      io.stderr(`release-gate demo: --format must be one of ${FORMATS.join(', ')}\n`);
      return 2;
    }
    const result = await runDemo({ keep: !!values.keep, env: io.env, onStart: (url) => io.stderr(`release-gate demo: the demo app is listening on ${url}; running every check on a workspace with planted problems\n\n`) });
    io.stdout(formatReport(result.report, format, { color: shouldUseColor(io.env, io.isTTY), manifestFile: '.github/release-gate.yml' }));
    // A machine format is the whole of stdout, so it parses; what a person reads goes to stderr then.
    const say = (text: string) => (format === 'text' ? io.stdout(text) : io.stderr(text));
    say(describePlanted(result.caught, result.missed));
    if (result.workspace) say(`\nThe demo workspace is kept at ${result.workspace}\n`);
    return result.missed.length === 0 ? 0 : 1;
  },
};
