// CPython's column positions (co_positions) count UTF-8 bytes; JS strings index UTF-16 units. This turns
// one into the other for highlighting a sub-expression in a source line.

/** The UTF-16 index in `line` of UTF-8 byte offset `byteCol` (clamped to the line). */
export function utf8ColumnToIndex(line: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteCol) {
    const c = line.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}
