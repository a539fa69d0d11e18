import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DashboardData } from './data.js';

/** The page's files: its own code and the vendored chart library (uPlot, MIT), copied as they are. */
export const PAGE_FILES = ['index.html', 'dashboard.js', 'dashboard.css'] as const;
export const CHART_FILES = ['uPlot.iife.min.js', 'uPlot.min.css', 'LICENSE'] as const;

// In the bundle the build copies every asset to dist/bundle/dashboard/; from source they are beside this
// file (page/) and in node_modules/uplot. No CDN: the site works from file:// and offline.
const here = dirname(fileURLToPath(import.meta.url));
const PLACES = [join(here, 'dashboard'), join(here, 'page'), join(here, '..', '..', '..', 'node_modules', 'uplot'), join(here, '..', '..', '..', 'node_modules', 'uplot', 'dist')];

export function findAsset(name: string): string {
  for (const place of PLACES) {
    const path = join(place, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`the dashboard asset ${name} is missing from this release-gate build`);
}

/**
 * Writes the static site: index.html, the page code, uPlot, and the data twice: data.js (a script, so
 * the page works from file://, where browsers refuse to fetch JSON) and data.json for other tools.
 */
export async function writeDashboard(data: DashboardData, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of [...PAGE_FILES, ...CHART_FILES]) {
    const target = name === 'LICENSE' ? 'uPlot.LICENSE' : name;
    await copyFile(findAsset(name), join(outDir, target));
    written.push(target);
  }
  const json = JSON.stringify(data);
  // Inside a <script>, "</script>" in a label would end it; escaped, the same string parses back.
  const script = json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  await writeFile(join(outDir, 'data.js'), `window.RELEASE_GATE_DASHBOARD = ${script};\n`);
  await writeFile(join(outDir, 'data.json'), `${JSON.stringify(data, null, 2)}\n`);
  written.push('data.js', 'data.json');
  return written;
}
