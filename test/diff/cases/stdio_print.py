# print() and sys.stdout/sys.stderr: separators and ends, print(file=...) to other streams and objects,
# flush=True, sys.stdout.write's return value, and sys.stdout.buffer.write interleaved with print:
# stdout is a pipe here (block-buffered), so text waits in sys.stdout until it is flushed while bytes
# written to sys.stdout.buffer go ahead of it.
import io, sys

print()
print("a", "b", 3, 4.5, None, True, [1, "x"], {"k": (1,)})
print("x", "y", sep="")
print("x", "y", sep=None, end=None)
print("no end", end="")
print(" | continued", end="\n\n")
print(*range(5), sep=", ")
print("ünïcödé €𝄞")
n = sys.stdout.write("written directly\n")
print("write returned", n, sys.stdout.write(""), sys.stdout.write("é𝄞\n"))

s = io.StringIO()
print("into", "StringIO", sep="-", file=s)
print(repr(s.getvalue()))

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        self.parts.append("<flush>")
rec = Recorder()
print(1, 2, 3, sep="+", end="=6\n", file=rec, flush=True)
print(rec.parts)

for bad in ({"sep": 1}, {"end": b""}, {"file": 42}, {"flush": True, "file": object()}):
    try:
        print("x", **bad)
    except Exception as e:
        print(type(e).__name__, e)

print("text before bytes")
sys.stdout.buffer.write(b"bytes overtake the unflushed text\n")
sys.stdout.flush()
print("text after flush")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes after an explicit flush\n")
print("flushed by print", flush=True)
sys.stdout.buffer.write(b"more bytes\n")
sys.stdout.buffer.flush()
print("end of interleaving")
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stdout.writable(), sys.stdout.readable())
sys.stderr.write("to stderr\n")
print("stderr written", file=sys.stderr)
print("big output follows")
for i in range(3000):
    print(f"line {i:5d} " + "x" * (i % 40))
sys.stdout.buffer.write(b"bytes after big output\n")
print("done")
