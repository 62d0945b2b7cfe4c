// Turns Node Buffers into plain Uint8Arrays before they reach the VM.
//
// A Buffer is a Uint8Array subclass whose slice() returns a view, not a copy, and small Buffers share
// a pooled ArrayBuffer. The VM is written against plain Uint8Array semantics, so the host never hands
// it a Buffer. Must not copy: this is a re-typing of the same memory.

export function plainBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
