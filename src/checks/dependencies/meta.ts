import type { CheckMeta } from '../check.js';

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * dependencies check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'dependencies'> = {
  name: 'dependencies',
  title: 'Critical dependencies',
  section: 'dependencies',
  description: "Packages that handle sign-in, sessions or payments: known advisories, look-alike names, deprecated or stale releases, and what a pull request adds or changes.",
  inputs: [],
  summary: 'advisories (OSV, online or from an export) on the packages that handle sign-in, sessions and payments as errors, look-alike names, deprecated or stale releases; on pull requests, critical packages added, removed or moved a major version and new install scripts',
  docs: 'docs/checks/dependencies.md',
};
