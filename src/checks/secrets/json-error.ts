/**
 * Where the first JSON syntax error is, as an offset. JSON.parse's messages differ between Node
 * versions (some give a position, some a snippet), so a baseline's error location comes from here.
 */
export function jsonErrorOffset(source: string): number | undefined {
  let i = 0;
  const ws = () => { while (i < source.length && ' \t\n\r'.includes(source[i]!)) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string) => { if (source.startsWith(word, i)) i += word.length; else fail(); };
  const string = () => {
    i++; // opening quote
    while (i < source.length && source[i] !== '"') {
      const c = source.charCodeAt(i);
      if (c < 0x20) fail();
      if (source[i] === '\\') {
        i++;
        if (source[i] === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) fail(); i += 5; continue; }
        if (!'"\\/bfnrt'.includes(source[i] ?? '')) fail();
      }
      i++;
    }
    if (i >= source.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = source[i];
    if (c === '{') {
      i++; ws();
      if (source[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (source[i] !== '"') fail();
        string(); ws();
        if (source[i] !== ':') fail();
        i++;
        value(); ws();
        if (source[i] === ',') { i++; continue; }
        if (source[i] === '}') { i++; return; }
        fail();
      }
    }
    if (c === '[') {
      i++; ws();
      if (source[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (source[i] === ',') { i++; continue; }
        if (source[i] === ']') { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value(); ws();
    return i < source.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, source.length) : 0;
  }
}
