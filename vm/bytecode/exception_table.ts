// Decodes co_exceptiontable (CPython 3.11+ zero-cost exception handling) and finds the handler for an
// instruction.
//
// Each entry is four varints: start, length, target (in code units) and depth_lasti (stack depth << 1 |
// push-lasti flag). The first byte of an entry has bit 7 set; varints are big-endian groups of 6 bits
// with bit 6 as continuation. Entries are sorted by start and do not overlap.

export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = (): number => {
    let b = table[pos++];
    let val = b & 63;
    while (b & 64) {
      b = table[pos++];
      val = (val << 6) | (b & 63);
    }
    return val;
  };
  while (pos < table.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

/** The handler covering code unit `index`, or null. */
export function findHandler(table: ExceptionTableEntry[], index: number): ExceptionTableEntry | null {
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = table[mid];
    if (index < e.start) hi = mid - 1;
    else if (index >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}
