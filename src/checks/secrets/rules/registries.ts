import { hasValidCrc32Suffix } from '../checksums.js';
import { tokenRule, type SecretRule } from '../rule.js';

/** Package registries: npm, PyPI, RubyGems, Docker Hub, NuGet, crates.io, Artifactory, Clojars. */

const NPM_ROTATE = 'Revoke it with `npm token revoke` (or on npmjs.com → Access Tokens) and use a granular token or trusted publishing from CI.';

/** Docker's config.json stores base64("user:password"): a real entry decodes to printable text with a non-empty password. */
function isDockerAuth(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

export const REGISTRY_RULES: readonly SecretRule[] = [
  tokenRule({
    id: 'npm-access-token', family: 'registries', name: 'npm access token',
    keywords: ['npm_'],
    pattern: /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    validate: (token) => hasValidCrc32Suffix(token, 4),
    docs: { form: 'npm_<36 base62>', rotate: NPM_ROTATE, detection: 'The last 6 characters must be the base62 CRC-32 checksum of the random part, as in every npm token since 2021.' },
  }),
  tokenRule({
    id: 'npmrc-auth-token', family: 'registries', name: 'registry credential in .npmrc or .yarnrc',
    keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken', 'npmauthident'],
    pattern: /(?:(?:^|:)\s*(?:_authToken|_auth|_password)\s*=|\bnpmAuth(?:Token|Ident)["']?\s*:)\s*["']?(?<secret>[^\s"'#;,]{8,})/gi,
    docs: {
      form: '<36 base62>', unsafe: '//registry.npmjs.org/:_authToken={secret}',
      safe: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      rotate: NPM_ROTATE,
      detection: '`_authToken`, `_auth`, `_password` in .npmrc and `npmAuthToken`/`npmAuthIdent` in .yarnrc.yml; `${NPM_TOKEN}` references are skipped.',
    },
  }),
  tokenRule({
    id: 'pypi-upload-token', family: 'registries', name: 'PyPI upload token',
    keywords: ['pypi-ag'],
    pattern: /\bpypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}/g,
    allowInBlob: true,
    docs: { form: 'pypi-AgEIcHlwaS5vcmc<150 base64url>', rotate: 'Remove the token on pypi.org (Account settings → API tokens) and switch CI to trusted publishing.' },
  }),
  tokenRule({
    id: 'rubygems-api-key', family: 'registries', name: 'RubyGems API key',
    keywords: ['rubygems_'],
    pattern: /\brubygems_[a-f0-9]{48}\b/g,
    docs: { form: 'rubygems_<48 hex>', rotate: 'Delete the key on rubygems.org (Settings → API keys) and use trusted publishing from CI.' },
  }),
  tokenRule({
    id: 'dockerhub-token', family: 'registries', name: 'Docker Hub access token',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: /\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}/g,
    docs: { form: 'dckr_pat_<27 base64url>', rotate: 'Delete it under Account settings → Personal access tokens on Docker Hub and create a new read-only or scoped token.' },
  }),
  tokenRule({
    id: 'docker-config-auth', family: 'registries', name: 'registry password in a Docker config.json',
    keywords: ['"auth"'],
    pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
    minEntropy: 2.5,
    validate: isDockerAuth,
    docs: {
      form: '<base64 of user:password>', unsafe: '{ "auths": { "registry.example.com": { "auth": "{secret}" } } }',
      safe: 'Use a credential helper (`credsStore`) or `docker login` in the job, never a committed config.json.',
      rotate: 'Change the registry password or revoke the token it encodes.',
    },
  }),
  tokenRule({
    id: 'nuget-api-key', family: 'registries', name: 'NuGet API key',
    keywords: ['oy2'],
    pattern: /\boy2[a-z0-9]{43}\b/g,
    docs: { form: 'oy2<43 lower alnum>', rotate: 'Delete or regenerate the key on nuget.org (API Keys) and use trusted publishing where possible.' },
  }),
  tokenRule({
    id: 'crates-io-token', family: 'registries', name: 'crates.io API token',
    keywords: ['cio'],
    pattern: /\bcio[A-Za-z0-9]{32}\b/g,
    minEntropy: 3.5,
    docs: { form: 'cio<32 base62>', rotate: 'Revoke it on crates.io (Account settings → API Tokens) and use trusted publishing.' },
  }),
  tokenRule({
    id: 'artifactory-api-key', family: 'registries', name: 'JFrog Artifactory API key',
    keywords: ['akcp'],
    pattern: /\bAKCp[A-Za-z0-9]{69}\b/g,
    docs: { form: 'AKCp<69 base62>', rotate: 'Revoke the API key in the JFrog Platform (Edit profile → API key) and move to access tokens.' },
  }),
  tokenRule({
    id: 'artifactory-reference-token', family: 'registries', name: 'JFrog reference token',
    keywords: ['cmvmdgtuojaxoj'],
    pattern: /\bcmVmdGtuOjAxOj[A-Za-z0-9]{50,}/g,
    docs: { form: 'cmVmdGtuOjAxOj<50 base62>', rotate: 'Revoke the token in the JFrog Platform (Administration → Identity and Access → Access Tokens).' },
  }),
  tokenRule({
    id: 'clojars-token', family: 'registries', name: 'Clojars deploy token',
    keywords: ['clojars_'],
    pattern: /\bCLOJARS_[a-z0-9]{60}\b/g,
    docs: { form: 'CLOJARS_<60 lower alnum>', rotate: 'Disable the token on clojars.org (Deploy Tokens).' },
  }),
];
