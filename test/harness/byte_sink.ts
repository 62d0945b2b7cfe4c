// Collects the bytes a program writes to one standard stream and decodes them once at the end.
//
// Writers hand over buffers they may reuse, so every chunk is copied. Decoding is UTF-8 with
// replacement characters: invalid output must show up in a diff, not crash the harness.

export class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk.slice());
    this.size += chunk.length;
  }

  bytes(): Uint8Array {
    const all = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  }

  text(): string {
    return new TextDecoder('utf-8').decode(this.bytes());
  }
}
