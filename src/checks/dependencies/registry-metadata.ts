import type { HttpClient } from '../../http/client.js';
import type { Ecosystem, LockedPackage } from './model.js';

export const DEFAULT_REGISTRIES: Record<Ecosystem, string> = {
  npm: 'https://registry.npmjs.org',
  PyPI: 'https://pypi.org',
  RubyGems: 'https://rubygems.org',
  Go: 'https://proxy.golang.org',
  Packagist: 'https://repo.packagist.org',
};

/** What a registry says about one installed version. */
export interface ReleaseFacts {
  latest?: string;
  /** The registry's deprecation (npm), yank (PyPI) or abandonment (Packagist) message. */
  deprecated?: string;
}

/**
 * The latest release and any deprecation of one package, from its registry's public JSON API: small
 * documents only (npm's /latest and /<version> rather than the whole packument). A failure is a
 * string saying why, never an exception.
 */
export class RegistryMetadata {
  private readonly cache = new Map<string, Promise<ReleaseFacts | string>>();

  constructor(
    private readonly http: HttpClient,
    private readonly roots: Record<Ecosystem, string>,
    private readonly timeoutMs: number,
    private readonly signal?: AbortSignal,
  ) {}

  facts(p: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): Promise<ReleaseFacts | string> {
    const key = `${p.ecosystem}\u0000${p.name}\u0000${p.version}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.lookup(p);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async lookup(p: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): Promise<ReleaseFacts | string> {
    const name = p.name;
    switch (p.ecosystem) {
      case 'npm': {
        const path = name.startsWith('@') ? `${name.slice(0, name.indexOf('/'))}%2f${name.slice(name.indexOf('/') + 1)}` : name;
        const latest = await this.json(p.ecosystem, `/${path}/latest`);
        if (typeof latest === 'string') return latest;
        const installed = await this.json(p.ecosystem, `/${path}/${encodeURIComponent(p.version)}`);
        const deprecated = typeof installed === 'object' && installed !== null ? (installed as { deprecated?: unknown }).deprecated : undefined;
        return { latest: field(latest, 'version'), deprecated: typeof deprecated === 'string' && deprecated ? deprecated : undefined };
      }
      case 'PyPI': {
        const doc = await this.json(p.ecosystem, `/pypi/${encodeURIComponent(name)}/json`);
        if (typeof doc === 'string') return doc;
        const info = (doc as { info?: { version?: string } }).info;
        const files = (doc as { releases?: Record<string, { yanked?: boolean; yanked_reason?: string | null }[]> }).releases?.[p.version];
        const yanked = files?.length && files.every((f) => f.yanked) ? `yanked${files[0]!.yanked_reason ? `: ${files[0]!.yanked_reason}` : ''}` : undefined;
        return { latest: info?.version, deprecated: yanked };
      }
      case 'RubyGems': {
        const doc = await this.json(p.ecosystem, `/api/v1/versions/${encodeURIComponent(name)}/latest.json`);
        if (typeof doc === 'string') return doc;
        const version = field(doc, 'version');
        return { latest: version && version !== 'unknown' ? version : undefined };
      }
      case 'Go': {
        // The module proxy escapes capitals as !lower.
        const escaped = name.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
        const doc = await this.json(p.ecosystem, `/${escaped}/@latest`);
        if (typeof doc === 'string') return doc;
        return { latest: field(doc, 'Version') };
      }
      case 'Packagist': {
        const doc = await this.json(p.ecosystem, `/p2/${name}.json`);
        if (typeof doc === 'string') return doc;
        const releases = (doc as { packages?: Record<string, { version?: string; abandoned?: boolean | string }[]> }).packages?.[name];
        const newest = releases?.[0];
        const abandoned = newest?.abandoned;
        return {
          latest: newest?.version?.replace(/^v(?=\d)/, ''),
          deprecated: abandoned ? `abandoned${typeof abandoned === 'string' ? `; use ${abandoned} instead` : ''}` : undefined,
        };
      }
    }
  }

  private async json(ecosystem: Ecosystem, path: string): Promise<unknown> {
    const root = this.roots[ecosystem];
    const url = new URL(path.replace(/^\//, ''), root.endsWith('/') ? root : `${root}/`);
    try {
      const exchange = await this.http.send({ method: 'GET', url, headers: { accept: 'application/json' } }, { origin: url.origin, timeoutMs: this.timeoutMs, signal: this.signal });
      const { status, body } = exchange.response;
      if (status !== 200) return `${url.host} answered ${url.pathname} with HTTP ${status}`;
      return JSON.parse(body) as unknown;
    } catch (error) {
      return `${url.host} could not be asked about ${url.pathname} (${(error as Error).message})`;
    }
  }
}

function field(doc: unknown, name: string): string | undefined {
  const value = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}
