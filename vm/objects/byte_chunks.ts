// Joining chunks of bytes read or produced piecewise (file reads, zlib output) into one array.
//
// Pure function of Uint8Arrays; no Python objects.

/**
 * The chunks' bytes, in order, as one array. One chunk is returned as it is (not copied): a caller
 * that keeps the result where the chunk's owner could still write must copy it. `total` is the summed
 * length when the caller has it already.
 */
export function joinByteChunks(chunks: readonly Uint8Array[], total = -1): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  if (total < 0) {
    total = 0;
    for (const c of chunks) total += c.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
