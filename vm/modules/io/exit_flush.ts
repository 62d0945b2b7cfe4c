// Output still held in _io buffers when the program ends. CPython flushes a buffered file when the
// object is collected (at once, by reference counting, or at shutdown); pyrewind has no reference
// counting, so every stream with unflushed output registers here and the runtime flushes them all
// when the program exits (flushAllPendingOutput, which vm/runtime/main.ts calls after flushing
// sys.stdout and sys.stderr, as CPython frees modules after flush_std_files).
//
// Holds only streams with pending output, so it keeps nothing alive that has nothing left to write.

export interface PendingOutput {
  /** Text layers are flushed before the binary layers they write into. */
  readonly layer: 'text' | 'binary';
  flushAtExit(): void;
}

const pending = new Set<PendingOutput>();

export function notePendingOutput(s: PendingOutput): void {
  pending.add(s);
}

export function clearPendingOutput(s: PendingOutput): void {
  pending.delete(s);
}

/**
 * Flush everything still buffered, text layers first. Errors are swallowed: at this point CPython
 * would only report them as "Exception ignored", and the exit status does not change.
 */
export function flushAllPendingOutput(): void {
  for (const layer of ['text', 'binary'] as const) {
    for (const s of [...pending]) {
      if (s.layer !== layer) continue;
      pending.delete(s);
      try {
        s.flushAtExit();
      } catch {
        /* nothing more can be done for this stream */
      }
    }
  }
}
