/** Where the manifest is looked for when --manifest is not given. Apart so --help needs no YAML parser. */
export const DEFAULT_MANIFEST = '.github/release-gate.yml';
