import { CHECKS } from '../checks/index.js';
import { VERSION } from '../version.js';
import { COMMANDS, DEMO_COMMAND } from './commands/index.js';
import { checkHelpText, helpText } from './help.js';
import { prestartSecretsWorkers } from '../checks/secrets/early-start.js';
import type { CliIO, Subcommands } from './main.js';

const HELP = new Set(['--help', '-h']);

/**
 * `--help`, `<check> --help` and `--version` need only the checks' metadata: answered here, before the
 * rest of the CLI (reporters, the manifest loader, the gate) is imported, so they start fast. Any other
 * argv, including these flags mixed with others, goes to runCli, which answers them the same way.
 */
function quickAnswer(argv: string[], commands: Subcommands, columns: number | undefined): string | undefined {
  if (argv.length === 1 && HELP.has(argv[0]!)) return helpText(CHECKS, commands, columns);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) return `${VERSION}\n`;
  const check = argv.length === 2 && HELP.has(argv[1]!) ? CHECKS.find((c) => c.name === argv[0]) : undefined;
  return check ? checkHelpText(check, columns) : undefined;
}

/** The `cli` program of the bundle (src/entries.ts): `release-gate [check] [options]` on process.argv. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const commands: Subcommands = { ...COMMANDS, demo: DEMO_COMMAND };
  const quick = quickAnswer(argv, commands, process.stdout.columns);
  if (quick !== undefined) {
    process.stdout.write(quick);
    return;
  }

  // A cancelled workflow sends SIGINT, then SIGTERM. The first stops the run: checks stop sending,
  // pending cleanups run, the partial report is written. A second signal exits at once.
  const EXIT_ON = { SIGINT: 130, SIGTERM: 143 } as const;
  const interrupt = new AbortController();
  let received: keyof typeof EXIT_ON | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (received) process.exit(EXIT_ON[signal]);
      received = signal;
      process.stderr.write(`release-gate: ${signal}: stopping, running pending cleanups and writing the partial report (send it again to exit at once)\n`);
      interrupt.abort(new Error(`interrupted by ${signal}`));
    });
  }

  // Workers a check will use for sure start now, while the rest of the CLI and the manifest load
  // (`release-gate secrets …`; with --base only the pull request's lines are read, on this thread).
  if (argv[0] !== undefined && !argv.includes('--base')) prestartSecretsWorkers(argv[0].split(','), process.env);
  const { runCli } = await import('./main.js');
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.columns,
    stdin: () => process.stdin,
    signal: interrupt.signal,
  };
  const code = await runCli(argv, io, commands);
  process.exitCode = received ? EXIT_ON[received] : code;
}
