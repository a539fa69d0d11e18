import { processThreads } from '../../workers/threads.js';

/**
 * Starts the secrets scan's workers as a program starts, when the run names the secrets check and
 * will use its threads whatever the size of the work (RELEASE_GATE_THREADS=N): a worker then starts
 * up (Node's worker start, the scanner's code, its automaton) while the main thread still loads the
 * CLI and reads the manifest, about 100 ms of a short run, instead of after. The check's pool takes
 * them over (runSecrets); a run that does not scan a tree stops them.
 */
export function prestartSecretsWorkers(checks: readonly string[], env: Readonly<Record<string, string | undefined>>): void {
  if (!checks.includes('secrets')) return;
  const threads = processThreads(env);
  if (threads?.worthIt(0, 1)) threads.prestart('secrets-scan', threads.size - 1);
}
