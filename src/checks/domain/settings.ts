import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { rootCertificates } from 'node:tls';
import type { ManifestPath } from '../../manifest/load.js';
import type { Manifest } from '../../manifest/types.js';
import type { CheckContext } from '../check.js';

export type DomainSection = NonNullable<Manifest['domain']>;

export const DEFAULT_TIMEOUT_MS = 5_000;

/** The section's options, resolved once: what every probe needs to know. */
export interface DomainSettings {
  timeoutMs: number;
  /** As configured; empty means the system's resolver. */
  resolvers: string[];
  /** Trusted roots (the system's plus `ca`), or undefined for Node's defaults. */
  ca?: string[];
  /** The environment's url: the base of relative URLs and the origin sessions sign in to. */
  base?: URL;
  environmentName?: string;
  /** Settings that cannot be used, with where they are. */
  problems: { path: ManifestPath; message: string }[];
  /** A problem that leaves nothing checkable (an unusable resolver): no probe runs. */
  fatal: boolean;
}

export async function readSettings(ctx: CheckContext, section: DomainSection): Promise<DomainSettings> {
  const problems: DomainSettings['problems'] = [];
  const environmentName = ctx.environment ?? section.environment;
  const url = environmentName ? ctx.manifest.data.environments?.[environmentName]?.url : undefined;
  if (environmentName && !url) {
    problems.push({ path: ['domain', 'environment'], message: `environment "${environmentName}" has no url under environments, so relative URLs and sessions have nowhere to go` });
  }
  let ca: string[] | undefined;
  if (section.ca !== undefined) {
    const pem = await readCa(ctx.cwd, section.ca);
    if (typeof pem === 'string') ca = [...rootCertificates, pem];
    else problems.push({ path: ['domain', 'ca'], message: pem.problem });
  }
  const resolvers = section.resolvers ?? (section.resolver ? [section.resolver] : []);
  let fatal = false;
  resolvers.forEach((server, i) => {
    if (resolverAddress(server)) return;
    fatal = true;
    problems.push({
      path: section.resolvers ? ['domain', 'resolvers', i] : ['domain', 'resolver'],
      message: `resolver ${server} is not an IP address (with an optional :port); name the DNS server by address, e.g. 1.1.1.1 or [2606:4700:4700::1111]:53`,
    });
  });
  return {
    timeoutMs: parseDuration(section.timeout) ?? DEFAULT_TIMEOUT_MS,
    resolvers,
    fatal,
    ca,
    base: url ? new URL(url) : undefined,
    environmentName,
    problems,
  };
}

/** Node's resolver takes addresses only: 1.1.1.1, 1.1.1.1:53, 2606:4700::1111 or [2606:4700::1111]:53. */
function resolverAddress(server: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(server);
  if (bracketed) return isIP(bracketed[1]!) === 6 && (!bracketed[2] || Number(bracketed[2]) <= 65535);
  if (isIP(server)) return true;
  const withPort = /^([\d.]+):(\d{1,5})$/.exec(server);
  return !!withPort && isIP(withPort[1]!) === 4 && Number(withPort[2]) <= 65535;
}

async function readCa(cwd: string, value: string): Promise<string | { problem: string }> {
  let text = value;
  if (!value.includes('-----BEGIN')) {
    const path = isAbsolute(value) ? value : resolve(cwd, value);
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      return { problem: `the CA file ${value} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
  }
  if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(text)) {
    return { problem: `${value.includes('-----BEGIN') ? 'ca' : `the CA file ${value}`} holds no PEM certificate (-----BEGIN CERTIFICATE-----)` };
  }
  return text;
}

/** A manifest duration (a number of milliseconds, or "500ms", "30s", "2m", "1h") in milliseconds. */
export function parseDuration(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
  if (!match) return undefined;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(match[1]) * unit);
}

/** An entry's URL: absolute as written, or a path under the environment's url. */
export function resolveUrl(text: string, base: URL | undefined): URL | { problem: string } {
  if (/^https?:\/\//i.test(text)) {
    try {
      return new URL(text);
    } catch {
      return { problem: `${text} is not a valid URL` };
    }
  }
  if (!base) return { problem: `${text} is a path, but no environment is set (domain.environment or --environment), so it has no origin` };
  if (!text.startsWith('/')) return { problem: `${text} is neither a URL nor a path starting with /` };
  const prefix = base.pathname.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(`${prefix}${text}`, base.origin);
  } catch {
    return { problem: `${text} is not a valid path` };
  }
  // `//host` and `/\host` are other hosts to the WHATWG parser, as to every browser and proxy.
  if (url.origin !== base.origin) return { problem: `the path ${text} resolves to ${url.origin}, not the environment's origin (${base.origin})` };
  return url;
}
