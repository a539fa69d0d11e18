import '../dirname-shim.js';
import { pathToFileURL } from 'node:url';
import { runAction } from './run-action.js';
import { isReleaseGateWorker, serveWorker, setWorkerEntry } from '../workers/threads.js';

export { runAction };

// Worker threads run this same file (see workers/threads.ts): one serves its task instead of the action.
setWorkerEntry(import.meta.url);
// The root action runs this bundle directly; per-check actions import it and call runAction(check).
if (isReleaseGateWorker()) await serveWorker();
else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runAction();
