import { runAction } from './run-action.js';

/** The `post-deploy` program of the bundle (src/entries.ts): actions/post-deploy, the whole post-deploy stage in one step. */
export async function main(): Promise<void> {
  await runAction(undefined, 'post-deploy');
}
