import type { CheckMeta } from '../check.js';

/** The names of the env check's inputs, as the code reads them. */
export const INPUT = {
  secrets: 'secrets',
  vars: 'vars',
  fingerprintKey: 'fingerprint-key',
  fingerprints: 'fingerprints',
  token: 'token',
  githubApi: 'github-api',
  repository: 'repository',
  apiUrl: 'api-url',
} as const;

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * env check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'env'> = {
  name: 'env',
  title: 'Environment variables',
  section: 'env',
  description: "Every environment has every variable it needs, in the right shape, with secrets kept apart.",
  inputs: [
    { name: INPUT.secrets, description: "The job's secrets as JSON: the expression toJSON(secrets), in a job bound to the environment.", secret: true },
    { name: INPUT.vars, description: "The job's variables as JSON: the expression toJSON(vars), in a job bound to the environment." },
    { name: INPUT.fingerprintKey, description: "A secret key for the HMAC fingerprints that let another job compare secrets without seeing them; the same in every job.", secret: true },
    { name: INPUT.fingerprints, description: "Comma-separated paths of fingerprint files written by env jobs of other environments, to compare with." },
    { name: INPUT.token, description: "A GitHub token (also used for PR comments). For the env check's `github-api: true` it must be able to read environment secrets and variables, which GITHUB_TOKEN cannot.", secret: true },
    { name: INPUT.githubApi, description: "`true` to read the names of environment secrets and the values of environment variables through the GitHub REST API with `token`." },
    { name: INPUT.repository, description: "owner/name for the GitHub API; defaults to GITHUB_REPOSITORY." },
    { name: INPUT.apiUrl, description: "The GitHub REST API root; defaults to GITHUB_API_URL, else https://api.github.com." },
    { name: "fix", description: "Append the variables the code uses but no declared-in file declares to the first declared-in file, with placeholder values in that file's style; removes nothing.", flag: true, cliOnly: true },
  ],
  summary: 'a variable the code uses but no environment has (what Vercel, Netlify, Railway, Render, Fly.io, CI runners and Next.js set themselves excepted), a value of the wrong shape, production pointing at localhost or staging, a secret shared between environments, a real secret committed in an env file',
  docs: 'docs/checks/env.md',
};
