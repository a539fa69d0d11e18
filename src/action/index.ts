import '../dirname-shim.js';
import { pathToFileURL } from 'node:url';
import { runAction } from './run-action.js';

export { runAction };

// The root action runs this bundle directly; per-check actions import it and call runAction(check).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runAction();
