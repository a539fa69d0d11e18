import schema from '../../schema/release-gate.schema.json' with { type: 'json' };

/** The manifest's JSON Schema: the single source of truth for keys, types and docs/manifest.md. */
export const MANIFEST_SCHEMA = schema;
