/**
 * `release-gate latency merge FILE...` and `release-gate latency import-k6 FILE`: the latency check run
 * on results made elsewhere. They are the check's `merge` and `import-k6` inputs under the command
 * names users type, so every format, exit code and option of a check run applies to them.
 */
export const LATENCY_COMMANDS: Record<string, { input: 'merge' | 'import-k6'; usage: string }> = {
  merge: { input: 'merge', usage: 'release-gate latency merge REPORT.json... [options]' },
  'import-k6': { input: 'import-k6', usage: 'release-gate latency import-k6 K6-OUTPUT.json [options]' },
};

export class LatencyCommandError extends Error {}

/**
 * Reads `latency merge a.json b.json` (positionals after the check name) as the latency check with
 * its `merge` input; returns undefined when the positionals are plain check names.
 */
export function latencyCommand(positionals: readonly string[]): { checks: string[]; input: string; value: string } | undefined {
  if (positionals[0] !== 'latency' || positionals[1] === undefined) return undefined;
  const command = LATENCY_COMMANDS[positionals[1]];
  if (!command) return undefined;
  const files = positionals.slice(2);
  if (files.length === 0) throw new LatencyCommandError(`${positionals[1]} needs ${command.input === 'merge' ? 'the reports to merge' : 'the file k6 wrote'}: ${command.usage}`);
  if (command.input === 'import-k6' && files.length > 1) throw new LatencyCommandError(`import-k6 reads one file, got ${files.length}: ${command.usage}`);
  return { checks: ['latency'], input: command.input, value: files.join(',') };
}
