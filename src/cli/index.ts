import { runCli } from './main.js';
import { demoCommand } from './commands/demo.js';
import { COMMANDS } from './commands/index.js';

/** The `cli` program of the bundle (src/entries.ts): `release-gate [check] [options]` on process.argv. */
export async function main(): Promise<void> {
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

  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.columns,
    stdin: () => process.stdin,
    signal: interrupt.signal,
  }, { ...COMMANDS, demo: demoCommand });
  process.exitCode = received ? EXIT_ON[received] : code;
}
