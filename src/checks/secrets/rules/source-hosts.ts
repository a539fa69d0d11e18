import { hasValidCrc32Suffix } from '../checksums.js';
import { contextPattern, tokenRule, type SecretRule } from '../rule.js';

/** Source hosting and CI: GitHub, GitLab, Atlassian/Bitbucket and CI services. */

const GITHUB_ROTATE = 'Revoke it on GitHub (Settings → Developer settings → Personal access tokens, or the app/OAuth app settings) and create a new one with the narrowest scope and an expiry.';
const GITHUB_CHECKSUM = 'The last 6 characters must be the base62 CRC-32 checksum of the random part, as in every GitHub token issued since 2021, so invented look-alikes are dropped.';

function githubToken(prefix: string, id: string, name: string, rotate = GITHUB_ROTATE): SecretRule {
  return tokenRule({
    id, family: 'source-hosts', name,
    keywords: [`${prefix}_`],
    pattern: new RegExp(`\\b${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, 'g'),
    validate: (token) => hasValidCrc32Suffix(token, prefix.length + 1),
    docs: { form: `${prefix}_<36 base62>`, rotate, detection: GITHUB_CHECKSUM },
  });
}

const GITLAB_ROTATE = 'Revoke it in GitLab (User settings → Access tokens, or the project/group/runner settings that issued it) and create a new one with an expiry.';

function gitlabToken(id: string, name: string, prefix: string, body: string, form: string): SecretRule {
  return tokenRule({
    id, family: 'source-hosts', name,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`\\b${prefix.replace(/[.]/g, '\\.')}${body}(?![A-Za-z0-9_-])`, 'g'),
    docs: { form, rotate: GITLAB_ROTATE },
  });
}

export const SOURCE_HOST_RULES: readonly SecretRule[] = [
  githubToken('ghp', 'github-pat', 'GitHub personal access token (classic)'),
  githubToken('gho', 'github-oauth-token', 'GitHub OAuth access token', 'Revoke it under Settings → Applications → Authorized OAuth Apps (or via the OAuth app\'s token API) and sign in again.'),
  githubToken('ghu', 'github-user-to-server-token', 'GitHub App user-to-server token', 'Revoke the GitHub App\'s authorization for the user (Settings → Applications) and sign in again.'),
  githubToken('ghs', 'github-installation-token', 'GitHub App installation token', 'Installation tokens expire within an hour; if one leaked, revoke it with DELETE /installation/token and regenerate the app\'s private key if that leaked too.'),
  githubToken('ghr', 'github-refresh-token', 'GitHub App refresh token', 'Revoke the GitHub App\'s authorization for the user (Settings → Applications) and sign in again.'),
  tokenRule({
    id: 'github-fine-grained-pat', family: 'source-hosts', name: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    docs: { form: 'github_pat_<22 base62>_<59 base62>', rotate: GITHUB_ROTATE },
  }),
  gitlabToken('gitlab-pat', 'GitLab personal, project or group access token', 'glpat-', '[A-Za-z0-9_-]{20,}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?', 'glpat-<20 base64url>'),
  gitlabToken('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', '[A-Za-z0-9_-]{20,}', 'gldt-<20 base64url>'),
  gitlabToken('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', '[a-f0-9]{40}', 'glptt-<40 hex>'),
  gitlabToken('gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', '[A-Za-z0-9_-]{20,}', 'glrt-<20 base64url>'),
  gitlabToken('gitlab-runner-registration-token', 'GitLab runner registration token', 'GR1348941', '[A-Za-z0-9_-]{20}', 'GR1348941<20 base64url>'),
  gitlabToken('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', '[A-Za-z0-9_-]{64}', 'gloas-<64 base64url>'),
  gitlabToken('gitlab-ci-job-token', 'GitLab CI/CD job token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}', 'glcbt-<2 base62>_<20 base64url>'),
  gitlabToken('gitlab-feed-token', 'GitLab feed token', 'glft-', '[A-Za-z0-9_-]{20}', 'glft-<20 base64url>'),
  gitlabToken('gitlab-incoming-mail-token', 'GitLab incoming email token', 'glimt-', '[A-Za-z0-9_-]{25}', 'glimt-<25 base64url>'),
  gitlabToken('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', '[A-Za-z0-9_-]{50,}', 'glagent-<50 base64url>'),
  gitlabToken('gitlab-scim-token', 'GitLab SCIM OAuth token', 'glsoat-', '[A-Za-z0-9_-]{20}', 'glsoat-<20 base64url>'),
  gitlabToken('gitlab-feature-flags-token', 'GitLab feature flags client token', 'glffct-', '[A-Za-z0-9_-]{20}', 'glffct-<20 base64url>'),
  tokenRule({
    id: 'atlassian-api-token', family: 'source-hosts', name: 'Atlassian API token',
    keywords: ['atatt3'],
    pattern: /\bATATT3[A-Za-z0-9_=-]{150,}(?![A-Za-z0-9_=-])/g,
    docs: { form: 'ATATT3<186 base64url>', rotate: 'Revoke it at id.atlassian.com → Security → API tokens and create a new one with an expiry.' },
  }),
  tokenRule({
    id: 'bitbucket-app-password', family: 'source-hosts', name: 'Bitbucket app password',
    keywords: ['atbb'],
    pattern: /\bATBB[A-Za-z0-9_=.-]{28,}(?![A-Za-z0-9_=.-])/g,
    docs: { form: 'ATBB<32 base62>', rotate: 'Revoke it under Personal settings → App passwords in Bitbucket and create an API token instead.' },
  }),
  tokenRule({
    id: 'circleci-token', family: 'source-hosts', name: 'CircleCI personal API token',
    keywords: ['ccipat_'],
    pattern: /\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b/g,
    docs: { form: 'CCIPAT_<22 base62>_<40 hex>', rotate: 'Delete it under User settings → Personal API tokens in CircleCI.' },
  }),
  tokenRule({
    id: 'buildkite-token', family: 'source-hosts', name: 'Buildkite API access token',
    keywords: ['bkua_'],
    pattern: /\bbkua_[a-f0-9]{40}\b/g,
    docs: { form: 'bkua_<40 hex>', rotate: 'Revoke it under Personal settings → API access tokens in Buildkite.' },
  }),
  tokenRule({
    id: 'sonarqube-token', family: 'source-hosts', name: 'SonarQube / SonarCloud token',
    keywords: ['sqp_', 'squ_', 'sqa_'],
    pattern: /\bsq[apu]_[a-f0-9]{40}\b/g,
    docs: { form: 'squ_<40 hex>', rotate: 'Revoke it under My account → Security in SonarQube/SonarCloud.' },
  }),
  tokenRule({
    id: 'sourcegraph-token', family: 'source-hosts', name: 'Sourcegraph access token',
    keywords: ['sgp_'],
    pattern: /\bsgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}\b/g,
    docs: { form: 'sgp_<16 hex>_<40 hex>', rotate: 'Delete it under Settings → Access tokens in Sourcegraph.' },
  }),
  tokenRule({
    id: 'sonarqube-legacy-token', family: 'source-hosts', name: 'SonarQube / SonarCloud token (unprefixed)',
    keywords: ['sonar'],
    pattern: contextPattern('sonar[\\w.-]{0,20}(?:token|login)', '[a-f0-9]{40}'),
    docs: { form: '<40 hex>', unsafe: 'SONAR_TOKEN={secret}', rotate: 'Revoke it under My account → Security in SonarQube/SonarCloud.', detection: 'Tokens issued before SonarQube 9.5 have no `squ_` prefix: 40 hex characters after a Sonar keyword (`SONAR_TOKEN`, `sonar.login`, `-Dsonar.token`).' },
  }),
  tokenRule({
    id: 'sourcegraph-legacy-token', family: 'source-hosts', name: 'Sourcegraph access token (unprefixed)',
    keywords: ['src_access_token', 'sourcegraph'],
    pattern: contextPattern('src_access_token|sourcegraph[\\w.-]{0,20}token', '[a-f0-9]{40}'),
    docs: { form: '<40 hex>', unsafe: 'SRC_ACCESS_TOKEN={secret}', rotate: 'Delete it under Settings → Access tokens in Sourcegraph.' },
  }),
  tokenRule({
    id: 'atlassian-api-token-legacy', family: 'source-hosts', name: 'Atlassian API token (unprefixed)',
    keywords: ['atlassian', 'jira', 'confluence'],
    pattern: contextPattern('(?:atlassian|jira|confluence)[\\w.-]{0,20}(?:api[_.-]?)?token', '[A-Za-z0-9]{24}'),
    docs: { form: '<24 base62>', unsafe: 'JIRA_API_TOKEN={secret}', rotate: 'Revoke it at id.atlassian.com → Security → API tokens and create a new one with an expiry.', detection: 'Tokens created before 2023 are 24 characters without the `ATATT3` prefix: found after an Atlassian, Jira or Confluence keyword.' },
  }),
  tokenRule({
    id: 'sidekiq-credentials', family: 'source-hosts', name: 'Sidekiq Pro/Enterprise credentials',
    keywords: ['contribsys'],
    pattern: /(?:contribsys__com\s{0,3}[=:]\s{0,3}["']?|contribsys\.com["']?\s{1,3}["']?|https?:\/\/)(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com|(?![\w:]))/gi,
    minEntropy: 2.5,
    validate: (_secret, m) => /contribsys/i.test(m[0]),
    docs: { form: '<8 hex>:<8 hex>', unsafe: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM={secret}', rotate: 'Ask Contributed Systems to rotate the licence credentials (support@contribsys.com) and update Bundler\'s config in CI.', detection: 'The `user:password` pair Sidekiq Pro and Enterprise give for their gem server, in `BUNDLE_ENTERPRISE__CONTRIBSYS__COM` / `BUNDLE_GEMS__CONTRIBSYS__COM`, in `bundle config` commands and in `https://…@gems.contribsys.com` / `enterprise.contribsys.com` source URLs.' },
  }),
  tokenRule({
    id: 'octopus-deploy-api-key', family: 'source-hosts', name: 'Octopus Deploy API key',
    keywords: ['api-'],
    pattern: /\bAPI-[A-Z0-9]{26,32}\b/g,
    minEntropy: 3.5,
    docs: { form: 'API-<27 upper alnum>', rotate: 'Revoke it under Profile → My API keys in Octopus Deploy.' },
  }),
  tokenRule({
    id: 'harness-pat', family: 'source-hosts', name: 'Harness access token',
    keywords: ['pat.', 'sat.'],
    pattern: /\b(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}\b/g,
    docs: { form: 'pat.<22 base64url>.<24 hex>.<20 base62>', rotate: 'Delete the token under My profile → API keys (or the service account) in Harness.' },
  }),
  tokenRule({
    id: 'jenkins-api-token', family: 'source-hosts', name: 'Jenkins API token',
    keywords: ['jenkins'],
    pattern: contextPattern('jenkins[\\w.-]{0,20}(?:api[_.-]?)?token', '11[a-f0-9]{32}'),
    docs: { form: '11<32 hex>', unsafe: 'JENKINS_API_TOKEN={secret}', rotate: 'Revoke it under the user\'s Configure → API Token in Jenkins.' },
  }),
];
