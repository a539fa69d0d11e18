#!/usr/bin/env node
import '../dirname-shim.js';
import { isReleaseGateWorker, serveWorker, setWorkerEntry } from '../workers/threads.js';

// Worker threads run this same file (see workers/threads.ts): one serves its task instead of the CLI,
// and so the CLI's modules are imported only on the main thread.
setWorkerEntry(import.meta.url);
if (isReleaseGateWorker()) await serveWorker();
else await main();

async function main(): Promise<void> {
  const [{ runCli }, { demoCommand }, { COMMANDS }] = await Promise.all([import('./main.js'), import('./commands/demo.js'), import('./commands/index.js')]);
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
