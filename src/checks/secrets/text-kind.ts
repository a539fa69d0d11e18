import { extensionOf } from './walk.js';

/** What kind of text a line comes from; some rules only make sense in some kinds. */
export type TextKind = 'code' | 'config' | 'docs' | 'log';

const CONFIG_EXTENSIONS = new Set(['env', 'ini', 'cfg', 'conf', 'config', 'properties', 'toml', 'yml', 'yaml', 'tfvars', 'sh', 'bash', 'zsh', 'ksh', 'envrc', 'service', 'desktop']);
const CONFIG_NAMES = /^(?:\.env(?:\..*)?|\.npmrc|\.yarnrc|\.pypirc|\.netrc|_netrc|\.gemrc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.htpasswd|credentials|kubeconfig|Dockerfile(?:\..*)?|Containerfile|Procfile|Makefile)$/;
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

/** Where a finding sits, from its path and file type; `secrets.contexts` sets the severity of generic matches per context. */
export type FindingContext = 'code' | 'config' | 'test' | 'fixture' | 'docs' | 'locale' | 'vendored';
export const FINDING_CONTEXTS: readonly FindingContext[] = ['code', 'config', 'test', 'fixture', 'docs', 'locale', 'vendored'];

const VENDORED_PATH = /(?:^|\/)charts\/[^/]+\/charts\/[^/]+\.tgz$|(?:^|\/)(?:vendor|vendors|vendored|third[_-]?party|3rd[_-]?party|bower_components|jspm_packages|Pods|Carthage|\.yarn|site-packages|dist-packages)\/|\.min\.(?:js|css|mjs)$|[.-]bundle\.js$/i;
const LOCALE_DIR = /(?:^|\/)(?:locales?|i18n|l10n|langs?|languages|translations?|intl|LC_MESSAGES)\//i;
const LOCALE_FILE = /\.(?:po|pot|xlf|xliff|strings|stringsdict|arb|ftl)$|(?:^|\/)(?:messages|strings|translations?|locale)[._-][a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\.(?:json|ya?ml|properties|toml)$/i;
const LOCALE_DATA = /\.(?:json|ya?ml|properties|toml|xml|resx)$/i;
const LOCALE_NAMED = /(?:^|\/)[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?(?:\.[\w-]+)?\.(?:json|ya?ml|properties|toml|js|ts)$/;
const FIXTURE_PATH = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test[_-]data|__snapshots__|cassettes|vcr_cassettes|__mocks__|mocks?|stubs?|seeds?)\/|\.snap$/i;
const EXAMPLE_FILE = /\.(?:example|sample|template|dist)$|(?:^|\/)(?:README|CHANGELOG|CONTRIBUTING|SECURITY|HISTORY)(?:\.[\w]+)?$/i;
const DOCS_DIR = /(?:^|\/)(?:docs?|documentation|website|guides?|examples?|samples?|tutorials?)\//i;

/**
 * The context of a file: vendored code, locale files, fixtures, tests, docs (docs sites, READMEs,
 * examples and `.env.example`-style templates), config, or code. The first that applies wins.
 */
export function contextOf(path: string): FindingContext {
  if (VENDORED_PATH.test(path)) return 'vendored';
  if (LOCALE_FILE.test(path) || (LOCALE_DIR.test(path) && (LOCALE_DATA.test(path) || LOCALE_NAMED.test(path)))) return 'locale';
  if (FIXTURE_PATH.test(path)) return 'fixture';
  if (TEST_PATH.test(path)) return 'test';
  if (EXAMPLE_FILE.test(path) || DOCS_DIR.test(path) || textKindOf(path) === 'docs') return 'docs';
  return textKindOf(path) === 'config' ? 'config' : 'code';
}
