import { compileUserRegex, MAX_USER_REGEX_LENGTH, UserRegexError } from '../../../user-regex.js';
import { isIP } from 'node:net';
import type { Rule } from '../../../rules/registry.js';
import { manifestSite, valueHome, varConfig, type EnvModel, type Site, type VarConfig } from '../model.js';

type Format = NonNullable<VarConfig['format']>;

/** What each `format:` accepts, and how to say so in a message. */
const FORMATS: Record<Format, { test: (v: string) => boolean; expected: string }> = {
  url: { test: isUrl, expected: 'a URL such as https://host/path' },
  email: { test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), expected: 'an email address' },
  number: { test: (v) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v), expected: 'a number' },
  integer: { test: (v) => /^[+-]?\d+$/.test(v), expected: 'an integer' },
  boolean: { test: (v) => /^(true|false|1|0|yes|no|on|off)$/i.test(v), expected: 'a boolean (true, false, 1, 0, yes, no, on, off)' },
  port: { test: (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, expected: 'a port (an integer from 1 to 65535)' },
  host: { test: isHost, expected: 'a host name or IP address, without scheme or port' },
  json: { test: isJson, expected: 'valid JSON' },
  duration: {
    test: (v) => /^\d+$/.test(v) || /^(\d+(\.\d+)?\s*(ms|s|m|h|d)\s*)+$/.test(v) || /^P(?!$)(\d+[YMWD])*(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v),
    expected: 'a duration such as 500ms, 30s, 5m, 1h30m or PT30S',
  },
};

export const envInvalidValue: Rule<EnvModel> = {
  meta: {
    id: 'env-invalid-value',
    check: 'env',
    severity: 'error',
    description: 'A value does not have the `format`, `enum` or `pattern` the manifest gives its variable.',
    help: 'Correct the value where it is set; the manifest entry says what shape it must have.',
  },
  run(model, report) {
    const patterns = new Map<string, RegExp | undefined>();
    for (const [name, config] of Object.entries(model.section.vars ?? {})) {
      if (config.pattern === undefined) continue;
      try {
        if (config.pattern.length > MAX_USER_REGEX_LENGTH) throw new UserRegexError(`is ${config.pattern.length} characters long; a regular expression may have at most ${MAX_USER_REGEX_LENGTH}`);
        patterns.set(name, compileUserRegex(`^(?:${config.pattern})$`));
      } catch (error) {
        patterns.set(name, undefined);
        const why = error instanceof UserRegexError && /^(is|uses) /.test(error.message) ? `: it ${error.message}` : '';
        report({
          ...manifestSite(model, ['env', 'vars', name, 'pattern']),
          message: `the pattern for ${name} is not a valid regular expression${why}, so its values were not checked against it`,
          hint: 'Write a JavaScript regular expression; it must match the whole value.',
        });
      }
    }

    for (const environment of model.environments) {
      for (const [name, entries] of environment.values) {
        const config = varConfig(model, name);
        if (!config.format && !config.enum && !patterns.get(name)) continue;
        for (const entry of entries) {
          if (entry.value === undefined || entry.value === '' || entry.unresolved) continue;
          const failures: { key: 'format' | 'enum' | 'pattern'; says: string }[] = [];
          if (config.format && !FORMATS[config.format].test(entry.value)) failures.push({ key: 'format', says: `is not ${FORMATS[config.format].expected}` });
          if (config.enum && !config.enum.some((allowed) => String(allowed) === entry.value)) {
            failures.push({ key: 'enum', says: `is not one of ${config.enum.map(String).join(', ')}` });
          }
          const pattern = patterns.get(name);
          if (pattern && !pattern.test(entry.value)) failures.push({ key: 'pattern', says: `does not match the pattern ${config.pattern}` });
          if (!failures.length) continue;
          const site: Site = entry.site ?? manifestSite(model, ['env', 'vars', name, failures[0]!.key]);
          const from = entry.site ? '' : ` (from ${entry.source === 'GitHub API' ? 'the GitHub API' : `the ${entry.source}`})`;
          report({
            ...site, message: `${name} in ${environment.name}${from} ${failures.map((f) => f.says).join(' and ')}`,
            hint: `Correct ${name} in ${valueHome(environment, entry)}; env.vars.${name} in ${model.manifestFile} says what shape it must have.`,
          });
        }
      }
    }
  },
};

function isUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/.test(value)) return false;
  try {
    return new URL(value).host !== '' || value.startsWith('file:');
  } catch {
    return false;
  }
}

function isHost(value: string): boolean {
  if (isIP(value.replace(/^\[(.*)\]$/, '$1'))) return true;
  return value.length <= 253 && /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/.test(value);
}

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}
