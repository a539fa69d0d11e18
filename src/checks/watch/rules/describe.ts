import type { PathFigures, WatchRun, WindowFigures } from '../../../operate/watch.js';
import { percent } from '../../../operate/watch.js';

/** "4m30s", "12s", "800ms": where in the watch something happened. */
export function clock(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ''}` : `${s}s`;
}

/** "/login 6 of 20 failed (502 ×4, connection refused by … ×2)": the evidence of each path in a window. */
export function pathEvidence(paths: readonly PathFigures[], options: { latency?: boolean } = {}): string {
  return paths.map((p) => {
    const latency = options.latency && p.p95Ms !== null ? `p95 ${Math.round(p.p95Ms)} ms` : undefined;
    const failed = `${p.errors} of ${p.count} failed${p.failures.length ? ` (${p.failures.slice(0, 3).map((f) => `${f.reason} ×${f.count}`).join(', ')})` : ''}`;
    return `${p.name} ${latency ? `${latency}, ` : ''}${failed}`;
  }).join('; ');
}

export function windowLabel(run: WatchRun, w: WindowFigures): string {
  return `in the window ${clock(w.fromMs)}–${clock(w.toMs)} of the watch of ${run.url ?? 'the app'}`;
}

export { percent };
