import type { Manifest } from '../../manifest/types.js';
import { DEFAULT_CONTEXT_POLICY, type ContextPolicy } from './context-policy.js';

export type SecretsSection = NonNullable<Manifest['secrets']>;

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface SecretsConfig {
  paths: string[];
  exclude: string[];
  logs: string[];
  maxFileSize: number;
  baseline?: string;
  includePersonalData: boolean;
  /** Open .zip, .tar, .tar.gz and .gz files and scan what they hold (otherwise each gets a notice). */
  archives: boolean;
  /** Severity of generic matches per context, defaults filled in. */
  contexts: ContextPolicy;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "10MB", "512 KiB", "2g" or a number of bytes; K, M and G are powers of 1024. Undefined when unreadable. */
export function parseSize(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  return bytes > 0 ? bytes : undefined;
}

/** The section with defaults filled in; the `baseline` input overrides the manifest's. */
export function readConfig(section: SecretsSection, baselineInput: string | undefined): SecretsConfig {
  return {
    paths: section.paths?.length ? section.paths : ['**/*'],
    exclude: section.exclude ?? [],
    logs: section.logs ?? [],
    maxFileSize: parseSize(section['max-file-size']) ?? DEFAULT_MAX_FILE_SIZE,
    baseline: baselineInput || section.baseline,
    includePersonalData: section['include-personal-data'] ?? true,
    archives: section.archives ?? false,
    contexts: { ...DEFAULT_CONTEXT_POLICY, ...(section.contexts ?? {}) },
  };
}
