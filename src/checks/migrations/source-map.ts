/**
 * Turns parser offsets into 1-based lines and columns. libpg-query reports statement and token
 * positions in UTF-8 bytes but syntax-error cursors in characters (code points), while JavaScript
 * strings index UTF-16 code units: all three are converted here, once per file.
 */
export interface Position {
  line: number;
  column: number;
}

export class SourceMap {
  // Built on first use: a parse kept from an earlier run (parse-cache.ts) has its positions already.
  private starts: number[] | undefined;
  private isAscii: boolean | undefined;
  private byteToIndex: Uint32Array | undefined;
  private codePointToIndex: Uint32Array | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  private get ascii(): boolean {
    return (this.isAscii ??= !/[^\x00-\x7f]/.test(this.text));
  }

  /** String index of a UTF-8 byte offset (as in stmt_location and scanner tokens). */
  indexOfByte(byte: number): number {
    if (byte <= 0) return 0;
    if (this.ascii) return Math.min(byte, this.text.length);
    this.byteToIndex ??= this.buildByteMap();
    return this.byteToIndex[Math.min(byte, this.byteToIndex.length - 1)]!;
  }

  /** String index of a code point offset (as in a syntax error's cursor position). */
  indexOfCodePoint(codePoint: number): number {
    if (codePoint <= 0) return 0;
    if (this.ascii) return Math.min(codePoint, this.text.length);
    if (!this.codePointToIndex) {
      const map: number[] = [];
      for (let i = 0; i < this.text.length; i++) {
        map.push(i);
        if (isHighSurrogate(this.text.charCodeAt(i))) i++;
      }
      map.push(this.text.length);
      this.codePointToIndex = Uint32Array.from(map);
    }
    return this.codePointToIndex[Math.min(codePoint, this.codePointToIndex.length - 1)]!;
  }

  /** 1-based line and column of a string index. */
  position(index: number): Position {
    const clamped = Math.max(0, Math.min(index, this.text.length));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** String index where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  private buildByteMap(): Uint32Array {
    const map: number[] = [];
    for (let i = 0; i < this.text.length; i++) {
      const code = this.text.codePointAt(i)!;
      const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      for (let b = 0; b < bytes; b++) map.push(i);
      if (code >= 0x10000) i++;
    }
    map.push(this.text.length);
    return Uint32Array.from(map);
  }
}

/** The source of this module's code: a kept parse is valid only for this code (sql-parser.ts parserCode). */
export function sourceMapCode(): string {
  return [SourceMap, isHighSurrogate].map(String).join('\n');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
