import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { CheckContext } from '../check.js';
import { parseDotenv } from './dotenv-parser.js';
import { fingerprint, fingerprintKey, keyCheck, parseFingerprintFile, type FingerprintKey } from './fingerprints.js';
import { frameworkDefinedNames } from './framework-config.js';
import { GithubApiSource } from './github-api-source.js';
import {
  isDistinctVar, manifestSite, type EnvFile, type EnvModel, type EnvSection, type EnvironmentValues, type FingerprintSet, type Report, type Site,
} from './model.js';
import { readTextFile } from './read-text-file.js';
import { ALWAYS_EXCLUDED, scanCode } from './scan-code.js';
import { maskIfSecret } from './secret-values.js';
import { addEnvFileValues, addGithubValues, addInputValues, type ValueSink } from './value-sources.js';
import { INPUT } from './meta.js';

/** The check's own inputs, by the names the action and the CLI offer. */
// The input names are declared with the check's metadata.
export { INPUT } from './meta.js';

const PRODUCTION_NAME = /^(prod|production|live)([-_.].*)?$/i;
// Committed files with these names are searched for real secrets even when the manifest does not list them.
const ENV_FILE_NAME = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/;
const DEFAULT_API_URL = 'https://api.github.com';

export interface BuiltModel {
  model: EnvModel;
  key: FingerprintKey;
  scannedFiles: number;
}

/** Reads declarations, code, values and fingerprints; what cannot be read becomes a source error, never a throw. */
export async function buildModel(ctx: CheckContext, section: EnvSection): Promise<BuiltModel> {
  const environmentsConfig = ctx.manifest.data.environments ?? {};
  const environmentNames = Object.keys(environmentsConfig);
  const productionNames = new Set(section.production ?? environmentNames.filter((n) => PRODUCTION_NAME.test(n)));
  const model: EnvModel = {
    manifestFile: ctx.manifest.file,
    locate: ctx.manifest.locate,
    section,
    environmentNames,
    hosts: environmentNames.flatMap((environment) => {
      const host = hostOf(environmentsConfig[environment]?.url);
      return host ? [{ environment, host }] : [];
    }),
    files: [],
    declarations: new Map(),
    scanned: false,
    uses: [],
    environments: [],
    fingerprints: [],
    sourceErrors: [],
    skipped: [],
  };
  const error = (report: Report) => model.sourceErrors.push(report);
  const atManifest = (...path: (string | number)[]): Site => manifestSite(model, path, 'value');
  const secretFlag = (name: string) => section.vars?.[name]?.secret;

  // Declarations.
  const filesByPath = new Map<string, EnvFile>();
  const readEnvFile = (file: string, where: Site, role: string): EnvFile | undefined => {
    const known = filesByPath.get(file);
    if (known) return known;
    const read = readTextFile(isAbsolute(file) ? file : join(ctx.cwd, file), { allowBinary: true, root: ctx.cwd });
    if (!read.ok) {
      error({ ...where, message: `${file} (${role}) ${read.detail}` });
      return undefined;
    }
    const envFile: EnvFile = { file, parsed: parseDotenv(read.text), declares: false, environments: [], committed: false, lint: true };
    filesByPath.set(file, envFile);
    model.files.push(envFile);
    return envFile;
  };

  const declaredIn = section['declared-in'] ?? [];
  for (const [index, pattern] of declaredIn.entries()) {
    const matches = (await glob(pattern, { cwd: ctx.cwd, dot: true, ignore: ALWAYS_EXCLUDED, expandDirectories: false })).sort();
    if (!matches.length) {
      error({ ...atManifest('env', 'declared-in', index), message: `env.declared-in "${pattern}" matches no file, so nothing is declared by it` });
      continue;
    }
    for (const file of matches) {
      const envFile = readEnvFile(file, atManifest('env', 'declared-in', index), 'declared-in');
      if (!envFile) continue;
      envFile.declares = true;
      envFile.committed = true;
      for (const entry of envFile.parsed.entries) {
        maskIfSecret(ctx.masker, entry.key, entry.value, { secret: secretFlag(entry.key) });
        const sites = model.declarations.get(entry.key) ?? [];
        sites.push({ file, line: entry.line, column: entry.column });
        model.declarations.set(entry.key, sites);
      }
    }
  }
  const declared = [...new Set([...model.declarations.keys(), ...Object.keys(section.vars ?? {})])];
  const upper = new Map(declared.map((n) => [n.toUpperCase(), n]));
  const canonical = (name: string) => (declared.includes(name) ? name : upper.get(name.toUpperCase()) ?? name);

  // Values, per environment checked.
  const token = ctx.input(INPUT.token);
  ctx.masker.add(token);
  // Opt-in: the same `token` input also serves PR comments, where it is usually GITHUB_TOKEN, which the
  // API refuses for environment secrets; asking the API unasked would fail every such run.
  const useApi = /^(true|yes|1|on)$/i.test(ctx.input(INPUT.githubApi) ?? '');
  if (useApi && !token) {
    error({
      ...manifestSite(model, ['env'], 'key'),
      message: 'github-api is on but no token was given, so the GitHub API cannot be asked for environment secrets and variables',
      hint: 'Pass `token:` with a fine-grained token that has "Environments: read", "Secrets: read" and "Variables: read" (GITHUB_TOKEN cannot read environment secrets).',
    });
  }
  const api = token && useApi
    ? new GithubApiSource({
      token,
      repository: ctx.input(INPUT.repository) ?? ctx.env.GITHUB_REPOSITORY ?? '',
      apiUrl: ctx.input(INPUT.apiUrl) ?? ctx.env.GITHUB_API_URL ?? DEFAULT_API_URL,
      signal: ctx.signal,
    })
    : undefined;
  const secretsInput = ctx.input(INPUT.secrets);
  const varsInput = ctx.input(INPUT.vars);
  ctx.masker.add(secretsInput);

  let targets: string[];
  if (ctx.environment !== undefined) {
    if (!environmentNames.includes(ctx.environment)) {
      error({
        ...(ctx.manifest.data.environments ? manifestSite(model, ['environments'], 'key') : { file: model.manifestFile, line: 1, column: 1 }),
        message: `environment "${ctx.environment}" is not defined under environments${environmentNames.length ? ` (defined: ${environmentNames.join(', ')})` : ''}`,
        hint: 'Add it under `environments:` in the manifest, or pass the name of one that is there.',
      });
      targets = [];
    } else {
      targets = [ctx.environment];
    }
  } else {
    targets = environmentNames.filter((n) => environmentsConfig[n]?.['env-file'] !== undefined || api !== undefined);
    if (secretsInput !== undefined || varsInput !== undefined) {
      error({
        message: 'the secrets/vars inputs were given without an environment, so release-gate cannot tell whose values they are',
        hint: 'Pass `environment:` with the name of the environment the job is bound to (the job\'s `environment:`).',
      });
    }
  }

  for (const name of targets) {
    const environment: EnvironmentValues = { name, production: productionNames.has(name), sources: [], values: new Map() };
    const sink: ValueSink = { environment, masker: ctx.masker, secretFlag, canonical };
    let attempted = false;
    if (name === ctx.environment) {
      for (const [input, text] of [['secrets', secretsInput], ['vars', varsInput]] as const) {
        if (text === undefined) continue;
        attempted = true;
        const problem = addInputValues(sink, input, text);
        if (problem) error({ message: problem, hint: `In a job with \`environment: ${name}\`, pass \`${input}: \${{ toJSON(${input}) }}\`.` });
      }
    }
    if (api) {
      attempted = true;
      const { values, problems } = await api.environment(name);
      for (const p of problems) error({ ...atEnvironment(model, name), message: p.message, hint: p.hint });
      // Partial answers would make inherited secrets look missing: use the API's values only when every list was read.
      if (!problems.length) addGithubValues(sink, values);
    }
    const envFilePath = environmentsConfig[name]?.['env-file'];
    if (envFilePath !== undefined) {
      attempted = true;
      const file = normalise(envFilePath);
      const envFile = readEnvFile(file, atManifest('environments', name, 'env-file'), `env-file of ${name}`);
      if (envFile) {
        envFile.environments.push(name);
        if (!envFile.parsed.binary) addEnvFileValues(sink, file, envFile.parsed);
      }
    }
    if (!attempted) {
      error({
        ...atEnvironment(model, name),
        message: `environment "${name}" has no value source, so its variables cannot be checked`,
        hint: `Give it an \`env-file\` in the manifest, pass \`secrets: \${{ toJSON(secrets) }}\` and \`vars: \${{ toJSON(vars) }}\` in a job bound to it, or \`github-api: true\` with a \`token\` that may read its secrets and variables.`,
      });
    }
    if (environment.sources.length) model.environments.push(environment);
  }
  await api?.close();

  // Committed env files beyond the configured ones, searched only for real secrets.
  let tracked: Set<string> | undefined;
  try {
    tracked = new Set(await ctx.git.listFiles('HEAD'));
  } catch {
    tracked = undefined; // not a git repository, or no commit yet: nothing is committed
  }
  if (tracked) {
    for (const envFile of model.files) if (tracked.has(envFile.file)) envFile.committed = true;
    const excluded = picomatch([...ALWAYS_EXCLUDED, ...(section.exclude ?? [])], { dot: true });
    for (const file of [...tracked].filter((f) => ENV_FILE_NAME.test(f) && !excluded(f)).sort()) {
      if (filesByPath.has(file)) continue;
      const read = readTextFile(join(ctx.cwd, file), { root: ctx.cwd });
      if (!read.ok) continue; // deleted in the work tree, binary or huge: not an env file to search
      const envFile: EnvFile = { file, parsed: parseDotenv(read.text), declares: false, environments: [], committed: true, lint: false };
      for (const entry of envFile.parsed.entries) maskIfSecret(ctx.masker, entry.key, entry.value);
      filesByPath.set(file, envFile);
      model.files.push(envFile);
    }
  }

  // Uses in code.
  let scannedFiles = 0;
  if (section.scan?.length) {
    const scan = await scanCode(ctx.cwd, section.scan, section.exclude ?? [], ctx.signal);
    scannedFiles = scan.files;
    model.uses = scan.uses;
    model.skipped = scan.skipped;
    model.scanned = scan.files > 0;
    model.frameworkNames = await frameworkDefinedNames(ctx.cwd);
    if (!scan.files) {
      error({
        ...atManifest('env', 'scan'), severity: 'warning',
        message: 'env.scan matches no JS/TS, Python, Ruby, Go or workflow file, so no use of a variable was checked',
        hint: 'Fix the globs, e.g. "src/**/*.ts"; they are relative to the working directory.',
      });
    }
  }

  // Fingerprints for `distinct`, compared in-process and across jobs.
  const keyInput = ctx.input(INPUT.fingerprintKey);
  ctx.masker.add(keyInput);
  const key = fingerprintKey(keyInput || undefined);
  const declaredSet = new Set(declared);
  for (const environment of model.environments) {
    const prints = new Map<string, string>();
    for (const [name, entries] of environment.values) {
      // toJSON(secrets) also holds CI secrets shared by every environment on purpose (NPM_TOKEN, the
      // fingerprint key itself): only the app's own variables are compared.
      if (!declaredSet.has(name) && !entries.some((e) => e.source === 'env-file')) continue;
      const known = entries.find((e) => e.value !== undefined && e.value !== '');
      if (known && isDistinctVar(model, name)) prints.set(name, fingerprint(key, known.value!));
    }
    model.fingerprints.push({ environment: environment.name, prints, origin: 'local' });
  }
  const fingerprintFiles = (ctx.input(INPUT.fingerprints) ?? '').split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
  const hasPrints = model.fingerprints.some((f) => f.prints.size > 0);
  if (key.random && fingerprintFiles.length) {
    model.distinctUnverified = `the fingerprints input names ${fingerprintFiles.length} file(s), but no fingerprint-key was given, so they cannot be compared`;
  } else if (key.random && ctx.environment !== undefined && hasPrints) {
    model.distinctUnverified = `no fingerprint-key was given, so this job cannot write fingerprints of ${ctx.environment} for a later job to compare`;
  }
  if (!key.random) {
    for (const path of fingerprintFiles) {
      const loaded = loadFingerprints(ctx.cwd, normalise(path), key);
      if ('problem' in loaded) {
        error({ file: normalise(path), line: 1, column: 1, message: loaded.problem.message, hint: loaded.problem.hint });
      } else if (!model.fingerprints.some((f) => f.environment === loaded.set.environment)) {
        model.fingerprints.push(loaded.set);
      }
    }
  }

  // Compare in manifest order, so messages read "staging and production" whichever job ran first.
  const order = (environment: string) => (environmentNames.includes(environment) ? environmentNames.indexOf(environment) : environmentNames.length);
  model.fingerprints.sort((a, b) => order(a.environment) - order(b.environment));

  return { model, key, scannedFiles };
}

function loadFingerprints(cwd: string, file: string, key: FingerprintKey): { set: FingerprintSet } | { problem: { message: string; hint: string } } {
  const hint = 'Pass the files the earlier jobs wrote (download their artifacts first), and the same fingerprint-key to every job.';
  const read = readTextFile(join(cwd, file), { root: cwd });
  if (!read.ok) return { problem: { message: `fingerprint file ${file} ${read.detail}`, hint } };
  const parsed = parseFingerprintFile(read.text);
  if (!parsed.ok) return { problem: { message: `fingerprint file ${file} ${parsed.reason}`, hint } };
  if (parsed.file.keyCheck !== keyCheck(key)) {
    return { problem: { message: `fingerprint file ${file} (${parsed.file.environment}) was made with a different fingerprint-key, so it cannot be compared`, hint } };
  }
  return { set: { environment: parsed.file.environment, prints: new Map(Object.entries(parsed.file.fingerprints)), origin: file } };
}

function atEnvironment(model: EnvModel, name: string): Site {
  return model.locate(['environments', name], 'key') ? manifestSite(model, ['environments', name], 'key') : { file: model.manifestFile, line: 1, column: 1 };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
