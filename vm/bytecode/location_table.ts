// Decodes co_linetable (PEP 626/657 location table of CPython 3.11+) into per-code-unit positions:
// start line, end line, start column, end column (columns 0-based, -1 where unknown; line -1 = none).
//
// Format: entries of one header byte (bit 7 set; bits 3-6 a code; bits 0-2 the number of code units
// covered minus one), followed by code-specific data. Codes 0-9: short form (same line, one byte of
// columns); 10-12: one-line form (line delta code-10, start and end column bytes); 13: no columns
// (signed varint line delta); 14: long form (line delta, end-line delta, column+1, end column+1,
// varints); 15: no location. Varints are little-endian groups of 6 bits, bit 6 = continuation.

export interface Positions {
  line: Int32Array;
  endLine: Int32Array;
  col: Int32Array;
  endCol: Int32Array;
}

export function parseLocationTable(table: Uint8Array, firstLine: number, units: number): Positions {
  const line = new Int32Array(units).fill(-1);
  const endLine = new Int32Array(units).fill(-1);
  const col = new Int32Array(units).fill(-1);
  const endCol = new Int32Array(units).fill(-1);
  let pos = 0;
  let unit = 0;
  let cur = firstLine;

  const varint = (): number => {
    let b = table[pos++];
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[pos++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };

  while (pos < table.length) {
    const header = table[pos++];
    const code = (header >> 3) & 15;
    const length = (header & 7) + 1;
    let l = -1;
    let el = -1;
    let c = -1;
    let ec = -1;
    if (code === 15) {
      // no location
    } else if (code === 14) {
      cur += svarint();
      l = cur;
      el = cur + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === 13) {
      cur += svarint();
      l = el = cur;
    } else if (code >= 10) {
      cur += code - 10;
      l = el = cur;
      c = table[pos++];
      ec = table[pos++];
    } else {
      const second = table[pos++];
      l = el = cur;
      c = code * 8 + ((second >> 4) & 7);
      ec = c + (second & 15);
    }
    for (let i = 0; i < length && unit < units; i++, unit++) {
      line[unit] = l;
      endLine[unit] = el;
      col[unit] = c;
      endCol[unit] = ec;
    }
  }
  return { line, endLine, col, endCol };
}
