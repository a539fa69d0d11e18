import { serveDemo } from '../../demo/serve.js';
import type { CliIO } from '../main.js';

/**
 * `release-gate demo serve [PORT]`: the bundled demo app for a person to try (README promises it).
 * Prints where it listens and how to sign in; runs until Ctrl-C.
 */
export async function demoServe(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout('Usage: release-gate demo serve [PORT]\n\nStarts the demo app on 127.0.0.1 (a free port unless PORT is given) and runs until Ctrl-C.\n');
    return 0;
  }
  try {
    await serveDemo({ argv, write: (text) => io.stdout(text) });
    return 0;
  } catch (error) {
    io.stderr(`release-gate demo serve: ${(error as Error).message}\n`);
    return 2;
  }
}
