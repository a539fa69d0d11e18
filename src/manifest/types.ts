export type { ReleaseGateManifest as Manifest } from './types.generated.js';
export type * from './types.generated.js';
