import { describe, expect, test } from '@jest/globals';
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import { compileOptimized, dfaBytes } from '../../../src/checks/secrets/dfa-wasm.js';

// The code cache writes a chunk's compiled code only under the flags it was compiled with (the
// version tag); compiling the automaton with TurboFan must leave the flags as they were.
describe('compiling the automaton', () => {
  test('leaves the V8 flags as it found them', () => {
    const before = cachedDataVersionTag();
    expect(compileOptimized(dfaBytes())).toBeTruthy();
    expect(cachedDataVersionTag()).toBe(before);
  });

  test('leaves dynamic tiering off where the migrations check turned it off', () => {
    const on = cachedDataVersionTag();
    setFlagsFromString('--no-wasm-dynamic-tiering');
    try {
      const off = cachedDataVersionTag();
      expect(off).not.toBe(on);
      compileOptimized(dfaBytes());
      expect(cachedDataVersionTag()).toBe(off);
    } finally {
      setFlagsFromString('--wasm-dynamic-tiering');
    }
    expect(cachedDataVersionTag()).toBe(on);
  });
});
