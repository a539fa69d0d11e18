import { runAction } from './run-action.js';

export { runAction };

/** The `action` program of the bundle (src/entries.ts): the root action runs every check, a per-check action one. */
export async function main(check?: string): Promise<void> {
  await runAction(check);
}
