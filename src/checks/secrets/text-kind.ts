import type { TextKind } from './rule.js';
import { extensionOf } from './walk.js';

const CONFIG_EXTENSIONS = new Set(['env', 'ini', 'cfg', 'conf', 'config', 'properties', 'toml', 'yml', 'yaml', 'tfvars', 'sh', 'bash', 'zsh', 'ksh', 'envrc', 'service', 'desktop']);
const CONFIG_NAMES = /^(?:\.env(?:\..*)?|\.npmrc|\.yarnrc|\.pypirc|\.netrc|_netrc|\.gemrc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.htpasswd|credentials|Dockerfile(?:\..*)?|Containerfile|Procfile|Makefile)$/;
const DOC_EXTENSIONS = new Set(['md', 'markdown', 'mdx', 'rst', 'txt', 'adoc', 'asciidoc', 'org', 'textile']);

/**
 * What a file holds, by name: config files (where `KEY=value` without quotes is an assignment),
 * documentation, or code. Logs are named by the `logs` globs, not by their extension.
 */
export function textKindOf(path: string): TextKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (CONFIG_NAMES.test(name)) return 'config';
  const ext = extensionOf(path);
  if (CONFIG_EXTENSIONS.has(ext)) return 'config';
  if (DOC_EXTENSIONS.has(ext)) return 'docs';
  return 'code';
}

const TEST_PATH = /(?:^|\/)(?:test|tests|__tests__|spec|specs|fixtures?|__fixtures__|__mocks__|testdata|e2e)\/|\.(?:test|spec|e2e)\.[a-z0-9]+$|_test\.(?:go|py|rb|exs?)$|(?:^|\/)test_[^/]*\.py$/i;

/** A test or fixture file, where made-up credentials are the norm (generic rules report warnings there). */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}
