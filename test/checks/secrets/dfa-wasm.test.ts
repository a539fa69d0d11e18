import { describe, expect, test } from '@jest/globals';
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import { compileOptimized, dfaBytes } from '../../../src/checks/secrets/dfa-wasm.js';

// The code cache writes a chunk's compiled code only under the flags it was compiled with (the
// version tag); compiling the automaton with TurboFan must leave the flags as they were.
// Jest runs many test files in one worker process, and V8's flags are process-wide: an earlier file
// that loaded the migrations parser has turned dynamic tiering off. Each test sets the state it tests
// and puts back the one it found.
function withDynamicTiering(on: boolean, body: () => void): void {
  const found = cachedDataVersionTag();
  setFlagsFromString('--wasm-dynamic-tiering');
  const tieringOn = cachedDataVersionTag();
  try {
    if (!on) setFlagsFromString('--no-wasm-dynamic-tiering');
    body();
  } finally {
    setFlagsFromString(found === tieringOn ? '--wasm-dynamic-tiering' : '--no-wasm-dynamic-tiering');
  }
  expect(cachedDataVersionTag()).toBe(found);
}

describe('compiling the automaton', () => {
  test('leaves the V8 flags as it found them (dynamic tiering on, the default)', () => {
    withDynamicTiering(true, () => {
      const before = cachedDataVersionTag();
      expect(compileOptimized(dfaBytes())).toBeTruthy();
      expect(cachedDataVersionTag()).toBe(before);
    });
  });

  test('leaves dynamic tiering off where the migrations check turned it off', () => {
    let on = 0;
    withDynamicTiering(true, () => { on = cachedDataVersionTag(); });
    withDynamicTiering(false, () => {
      const off = cachedDataVersionTag();
      expect(off).not.toBe(on);
      compileOptimized(dfaBytes());
      expect(cachedDataVersionTag()).toBe(off);
    });
  });
});
