import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpClient } from '../../http/client.js';
import type { Ecosystem, LockedPackage } from './model.js';
import { normalizeName, packageKey } from './model.js';
import { compareVersions } from './versions.js';

/** The parts of an OSV record (https://ossf.github.io/osv-schema/) this check reads. */
export interface OsvRecord {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  withdrawn?: string;
  severity?: { type: string; score: string }[];
  database_specific?: { severity?: string };
  affected?: {
    package?: { ecosystem?: string; name?: string };
    ranges?: { type: string; events: Record<string, string>[] }[];
    versions?: string[];
    database_specific?: { severity?: string };
  }[];
}

export type AdvisorySeverity = 'low' | 'moderate' | 'high' | 'critical' | 'unknown';
export const SEVERITY_ORDER: Record<AdvisorySeverity, number> = { unknown: 0, low: 1, moderate: 2, high: 3, critical: 4 };

export interface Advisory {
  id: string;
  summary: string;
  severity: AdvisorySeverity;
  /** The lowest version that fixes it, above the installed one, when a range says so. */
  fixed?: string;
  /** MAL-: the package itself is malicious. */
  malicious: boolean;
}

/** What an advisory source answers for a set of packages: advisories by packageKey, or why it could not. */
export interface AdvisoryAnswer {
  byPackage: Map<string, Advisory[]>;
  problems: string[];
  queried: number;
}

/** GHSA's words (and CVSS scores) mapped onto one scale. */
export function severityOf(record: OsvRecord): AdvisorySeverity {
  if (record.id.startsWith('MAL-')) return 'critical';
  const words = [record.database_specific?.severity, ...(record.affected ?? []).map((a) => a.database_specific?.severity)];
  for (const word of words) {
    const w = word?.toLowerCase();
    if (w === 'low' || w === 'moderate' || w === 'high' || w === 'critical') return w;
    if (w === 'medium') return 'moderate';
  }
  for (const s of record.severity ?? []) {
    const score = Number(s.score);
    if (Number.isFinite(score)) return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'moderate' : 'low';
  }
  return 'unknown';
}

/** The OSV evaluation of one package version against a record: explicit versions, then each range's events. */
export function affects(record: OsvRecord, pkg: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): { affected: boolean; fixed?: string } {
  if (record.withdrawn) return { affected: false };
  let fixed: string | undefined;
  let affected = false;
  for (const entry of record.affected ?? []) {
    if (!entry.package || entry.package.ecosystem?.split(':')[0] !== pkg.ecosystem) continue;
    if (normalizeName(pkg.ecosystem, entry.package.name ?? '') !== normalizeName(pkg.ecosystem, pkg.name)) continue;
    if (entry.versions?.some((v) => v === pkg.version || compareVersions(pkg.ecosystem, v, pkg.version) === 0)) affected = true;
    for (const range of entry.ranges ?? []) {
      if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
      const result = inRange(pkg.ecosystem, range.events, pkg.version);
      if (result.affected) {
        affected = true;
        fixed ??= result.fixed;
      }
    }
  }
  return { affected, fixed };
}

function inRange(ecosystem: Ecosystem, events: Record<string, string>[], version: string): { affected: boolean; fixed?: string } {
  // Walk the events in version order (introduced "0" first): each introduced opens, fixed and
  // last_affected close. Events in versions this ecosystem cannot compare are ignored.
  const cmp = (a: string, b: string) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(ecosystem, a, b));
  const known = events
    .map((e) => {
      const [kind, at] = Object.entries(e)[0] ?? [];
      return kind && typeof at === 'string' ? { kind, at } : undefined;
    })
    .filter((e): e is { kind: string; at: string } => e !== undefined && (e.at === '0' || compareVersions(ecosystem, e.at, e.at) === 0));
  known.sort((a, b) => cmp(a.at, b.at) ?? 0);
  let affected = false;
  let fixed: string | undefined;
  for (const e of known) {
    const c = cmp(version, e.at);
    if (c === undefined) return { affected: false };
    if (e.kind === 'introduced' && c >= 0) affected = true;
    else if (e.kind === 'fixed') {
      if (c >= 0) affected = false;
      else if (affected) {
        fixed = e.at;
        break;
      }
    } else if (e.kind === 'last_affected' && c > 0) affected = false;
    else if (e.kind === 'limit' && c >= 0) affected = false;
  }
  return { affected, fixed: affected ? fixed : undefined };
}

export function toAdvisory(record: OsvRecord, fixed: string | undefined): Advisory {
  const summary = (record.summary ?? record.details ?? '').split('\n')[0]!.trim().slice(0, 160);
  return { id: record.id, summary, severity: severityOf(record), fixed, malicious: record.id.startsWith('MAL-') };
}

type Queried = Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>;

/**
 * Offline: a directory of OSV records (an unzipped export, any depth). Only records that name a
 * package of the run are kept, so an export of every ecosystem costs reading, not memory.
 */
export async function queryExport(dir: string, packages: Queried[]): Promise<AdvisoryAnswer> {
  const byName = new Map<string, Queried[]>();
  for (const p of packages) {
    const key = `${p.ecosystem}\u0000${normalizeName(p.ecosystem, p.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const answer: AdvisoryAnswer = { byPackage: new Map(), problems: [], queried: packages.length };
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    answer.problems.push(`the advisories directory ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return answer;
  }
  if (!files.length) answer.problems.push(`the advisories directory ${dir} holds no OSV records (*.json)`);
  let unreadable = 0;
  let firstUnreadable = '';
  for (const file of files) {
    let record: OsvRecord;
    try {
      record = JSON.parse(await readFile(join(dir, file), 'utf8')) as OsvRecord;
      if (typeof record.id !== 'string') throw new Error('no id');
    } catch {
      unreadable++;
      firstUnreadable ||= file;
      continue;
    }
    const candidates = new Set<Queried>();
    for (const a of record.affected ?? []) {
      const ecosystem = a.package?.ecosystem?.split(':')[0];
      if (!ecosystem || !a.package?.name) continue;
      for (const p of byName.get(`${ecosystem}\u0000${normalizeName(ecosystem as Ecosystem, a.package.name)}`) ?? []) candidates.add(p);
    }
    for (const p of candidates) {
      const { affected, fixed } = affects(record, p);
      if (affected) addAdvisory(answer.byPackage, packageKey(p), toAdvisory(record, fixed));
    }
  }
  if (unreadable) answer.problems.push(`${unreadable} file(s) in ${dir} are not OSV records, e.g. ${firstUnreadable}`);
  return answer;
}

function addAdvisory(map: Map<string, Advisory[]>, key: string, advisory: Advisory): void {
  const list = map.get(key) ?? [];
  if (!list.some((a) => a.id === advisory.id)) list.push(advisory);
  map.set(key, list);
}

const BATCH = 1000;

/**
 * Online: the OSV API's querybatch (1,000 packages a request), then each advisory's record once
 * (GET /v1/vulns/{id}) for its summary, severity and fixed version. Everything goes through the
 * project's HTTP client; answers are kept for the run, so a package in two lockfiles is asked once.
 */
export class OsvApi {
  private readonly records = new Map<string, Promise<OsvRecord | undefined>>();
  private readonly answers = new Map<string, string[]>();

  constructor(
    private readonly http: HttpClient,
    private readonly root: string,
    private readonly timeoutMs: number,
    private readonly signal?: AbortSignal,
  ) {}

  async query(packages: Queried[]): Promise<AdvisoryAnswer> {
    const answer: AdvisoryAnswer = { byPackage: new Map(), problems: [], queried: 0 };
    const unique = new Map<string, Queried>();
    for (const p of packages) unique.set(packageKey(p), p);
    const pending = [...unique.entries()].filter(([key]) => !this.answers.has(key));
    answer.queried = pending.length;
    for (let i = 0; i < pending.length; i += BATCH) {
      const chunk = pending.slice(i, i + BATCH);
      const body = JSON.stringify({ queries: chunk.map(([, p]) => ({ package: { ecosystem: p.ecosystem, name: p.name }, version: p.version })) });
      const response = await this.request('POST', '/v1/querybatch', body);
      if (typeof response === 'string') {
        answer.problems.push(response);
        return answer;
      }
      const results = (response as { results?: { vulns?: { id?: string }[] }[] }).results;
      if (!Array.isArray(results) || results.length !== chunk.length) {
        answer.problems.push(`the OSV API at ${this.root} answered querybatch with ${Array.isArray(results) ? results.length : 'no'} results for ${chunk.length} packages`);
        return answer;
      }
      chunk.forEach(([key], j) => this.answers.set(key, (results[j]?.vulns ?? []).map((v) => v.id).filter((id): id is string => typeof id === 'string')));
    }
    const failures = new Set<string>();
    await Promise.all([...unique.entries()].map(async ([key, p]) => {
      for (const id of this.answers.get(key) ?? []) {
        const record = await this.record(id, failures);
        if (!record) continue;
        // OSV matched the version; the record still says which release fixes it.
        const { fixed } = affects(record, p);
        addAdvisory(answer.byPackage, key, toAdvisory(record, fixed));
      }
    }));
    answer.problems.push(...failures);
    return answer;
  }

  private record(id: string, failures: Set<string>): Promise<OsvRecord | undefined> {
    let pending = this.records.get(id);
    if (!pending) {
      pending = this.request('GET', `/v1/vulns/${encodeURIComponent(id)}`).then((r) => {
        if (typeof r === 'string') {
          failures.add(r);
          return undefined;
        }
        return r as OsvRecord;
      });
      this.records.set(id, pending);
    }
    return pending;
  }

  private async request(method: 'GET' | 'POST', path: string, body?: string): Promise<unknown> {
    const url = new URL(path.replace(/^\//, ''), this.root.endsWith('/') ? this.root : `${this.root}/`);
    try {
      const exchange = await this.http.send(
        { method, url, headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) }, body },
        { origin: url.origin, timeoutMs: this.timeoutMs, signal: this.signal },
      );
      const { status, body: text } = exchange.response;
      if (status !== 200) return `the OSV API answered ${method} ${url.pathname} with HTTP ${status}`;
      return JSON.parse(text) as unknown;
    } catch (error) {
      return `the OSV API at ${url.origin} could not be asked (${(error as Error).message})`;
    }
  }
}
