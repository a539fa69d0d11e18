/**
 * `npm run build` replaces this stamp's `unbuilt` with a hash of the whole bundle (every chunk and the
 * parser's WebAssembly), so what one build computed and kept (the migrations check's results) is never
 * used by another build, whatever the version number says.
 */
const STAMP = 'release-gate-build:unbuilt';

/** This bundle's hash; undefined when the sources run unbuilt (the tests), where any edit would go unseen. */
export function buildId(): string | undefined {
  // A test, not a comparison of two literals, which a minifier could fold before the build stamps the bundle.
  return /:unbuilt$/.test(STAMP) ? undefined : STAMP.slice(STAMP.indexOf(':') + 1);
}
