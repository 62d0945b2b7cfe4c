// The buffering and padding that MD5, SHA-1 and SHA-2 share (the Merkle-Damgard construction): input is
// cut into blocks for the hash's compression function, and the digest pads a copy of the state with 0x80,
// zeros and the message's bit length. Each hash supplies only its state, block size, length field and
// compression function.

export abstract class BlockHasher {
  protected readonly block: Uint8Array;
  protected blockLen = 0;
  /** Bytes hashed so far; a double counts exactly far beyond any real input. */
  protected total = 0;

  constructor(
    protected readonly h: Int32Array,
    private readonly blockSize: number,
    /** Size of the bit-length field ending the padding: 8 bytes, or 16 for SHA-512. */
    private readonly lengthBytes: 8 | 16,
    /** MD5 writes the length little-endian; the SHA family big-endian. */
    private readonly littleEndian: boolean,
  ) {
    this.block = new Uint8Array(blockSize);
  }

  /** Compress the block at data[pos .. pos + blockSize) into the state `h`. */
  protected abstract compress(h: Int32Array, data: Uint8Array, pos: number): void;

  update(data: Uint8Array): void {
    const size = this.blockSize;
    const len = data.length;
    let pos = 0;
    this.total += len;
    if (this.blockLen > 0) {
      const room = size - this.blockLen;
      if (len < room) {
        this.block.set(data, this.blockLen);
        this.blockLen += len;
        return;
      }
      this.block.set(data.subarray(0, room), this.blockLen);
      this.compress(this.h, this.block, 0);
      this.blockLen = 0;
      pos = room;
    }
    // Whole blocks are compressed straight from the caller's bytes, without copying.
    for (; len - pos >= size; pos += size) this.compress(this.h, data, pos);
    if (pos < len) {
      this.block.set(data.subarray(pos), 0);
      this.blockLen = len - pos;
    }
  }

  /** The state after padding: a copy, so that the hasher stays usable after a digest. */
  protected finalState(): Int32Array {
    const size = this.blockSize;
    const h = new Int32Array(this.h);
    const block = new Uint8Array(size);
    block.set(this.block.subarray(0, this.blockLen));
    let n = this.blockLen;
    block[n++] = 0x80;
    if (n > size - this.lengthBytes) {
      this.compress(h, block, 0);
      block.fill(0);
    }
    // The bit length; only its low 64 bits can be non-zero.
    const high = Math.floor(this.total / 2 ** 29);
    const low = (this.total % 2 ** 29) * 8;
    if (this.littleEndian) {
      writeLE32(block, size - 8, low);
      writeLE32(block, size - 4, high);
    } else {
      writeBE32(block, size - 8, high);
      writeBE32(block, size - 4, low);
    }
    this.compress(h, block, 0);
    return h;
  }

  /** Make `twin` (a fresh hasher of the same kind) continue from this one's state (hashlib's copy()). */
  protected copyStateTo<T extends BlockHasher>(twin: T): T {
    twin.h.set(this.h);
    twin.block.set(this.block);
    twin.blockLen = this.blockLen;
    twin.total = this.total;
    return twin;
  }
}

export function writeBE32(out: Uint8Array, off: number, v: number): void {
  out[off] = v >>> 24;
  out[off + 1] = v >>> 16;
  out[off + 2] = v >>> 8;
  out[off + 3] = v;
}

export function writeLE32(out: Uint8Array, off: number, v: number): void {
  out[off] = v;
  out[off + 1] = v >>> 8;
  out[off + 2] = v >>> 16;
  out[off + 3] = v >>> 24;
}
