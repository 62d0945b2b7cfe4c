# open() in text and binary modes: write/read/append, readline(s), iteration, seek/tell, encodings and
# newline handling, 'x' mode, context managers, errors for missing files and closed files. Files are
# created in the current directory with names unique to this program and removed at the end.
# OS errors are printed without their errno number: pyodide (Emscripten) numbers errors differently
# from Linux (ENOENT is 44 there, 2 here), and that number is the platform's, not CPython's.
import os

def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        if e.errno is None:
            print(label, type(e).__name__, e)
        else:
            print(label, type(e).__name__, e.strerror, repr(e.filename))
    except Exception as e:
        print(label, type(e).__name__, e)

TXT = "pyrewind_file_io_test.txt"
BIN = "pyrewind_file_io_test.bin"
NEW = "pyrewind_file_io_new.txt"

def write_text():
    with open(TXT, "w") as f:
        n1 = f.write("first line\n")
        n2 = f.write("second line with é and 𝄞\n")
        f.writelines(["third\n", "fourth"])
        return n1, n2, f.closed, f.mode, f.name
show("write text", write_text)
show("closed after with", lambda: (lambda f: (f.__exit__(None, None, None), f.closed))(open(TXT)))
def read_all():
    with open(TXT) as f:
        return f.read()
show("read all", read_all)
def read_lines():
    with open(TXT, encoding="utf-8") as f:
        return f.readlines()
show("readlines", read_lines)
def readline_loop():
    out = []
    with open(TXT) as f:
        while line := f.readline():
            out.append(line.rstrip("\n"))
        out.append(repr(f.readline()))
    return out
show("readline loop", readline_loop)
def iterate():
    with open(TXT) as f:
        return [len(line) for line in f]
show("iterate lines", iterate)
def read_partial():
    with open(TXT) as f:
        return f.read(5), f.read(6), f.readline(), f.readline(3)
show("partial reads", read_partial)
def append():
    with open(TXT, "a") as f:
        f.write("\nappended")
    with open(TXT) as f:
        return f.read().splitlines()[-2:]
show("append", append)
def binary_roundtrip():
    data = bytes(range(256)) + "é".encode()
    with open(BIN, "wb") as f:
        n = f.write(data)
    with open(BIN, "rb") as f:
        back = f.read()
    return n, back == data, len(back), back[:4], back[-2:]
show("binary roundtrip", binary_roundtrip)
def binary_seek():
    with open(BIN, "rb") as f:
        f.seek(10)
        a = f.read(3)
        pos = f.tell()
        f.seek(-2, 2)
        b = f.read()
        f.seek(0)
        c = f.read(1)
        return a, pos, b, c
show("binary seek/tell", binary_seek)
def text_seek():
    with open(TXT) as f:
        f.readline()
        pos = f.tell()
        second = f.readline()
        f.seek(pos)
        return second == f.readline(), pos
show("text seek to tell", text_seek)
def read_write_plus():
    with open(TXT, "r+") as f:
        f.write("FIRST")
        f.seek(0)
        return f.readline()
show("r+ overwrite", read_write_plus)
def write_plus_truncates():
    with open(TXT, "w+") as f:
        f.write("fresh")
        f.seek(0)
        return f.read()
show("w+ truncates", write_plus_truncates)
def newline_translation():
    with open(TXT, "w", newline="") as f:
        f.write("a\r\nb\rc\n")
    with open(TXT) as f:
        universal = f.read()
    with open(TXT, newline="") as f:
        raw = f.read()
    with open(TXT, "rb") as f:
        data = f.read()
    return universal, raw, data
show("newline handling", newline_translation)
def encodings():
    with open(TXT, "w", encoding="latin-1") as f:
        f.write("café")
    with open(TXT, "rb") as f:
        raw = f.read()
    with open(TXT, encoding="latin-1") as f:
        text = f.read()
    return raw, text
show("latin-1", encodings)
def decode_error():
    with open(TXT, "wb") as f:
        f.write(b"ok \xff bad")
    with open(TXT, encoding="utf-8") as f:
        return f.read()
show("decode error", decode_error)
def decode_replace():
    with open(TXT, encoding="utf-8", errors="replace") as f:
        return f.read()
show("errors=replace", decode_replace)
def exclusive():
    if os.path.exists(NEW):
        os.remove(NEW)
    with open(NEW, "x") as f:
        f.write("new")
    with open(NEW, "x") as f:
        f.write("again")
show("x mode", exclusive)
def missing():
    with open("pyrewind_file_io_does_not_exist.txt") as f:
        return f.read()
show("missing file", missing)
def missing_details():
    try:
        open("pyrewind_file_io_does_not_exist.txt")
    except FileNotFoundError as e:
        return type(e.errno).__name__, e.strerror, e.filename, isinstance(e, OSError), e.args[1:]
show("missing file details", missing_details)
def closed_ops():
    f = open(TXT)
    f.close()
    return f.read()
show("read closed file", closed_ops)
def write_to_read_only():
    with open(TXT) as f:
        f.write("x")
show("write to read-only", write_to_read_only)
def write_wrong_type():
    with open(TXT, "w") as f:
        f.write(b"bytes")
show("write bytes to text file", write_wrong_type)
def write_str_to_binary():
    with open(BIN, "wb") as f:
        f.write("text")
show("write str to binary file", write_str_to_binary)
show("bad mode", lambda: open(TXT, "rw"))
show("binary with encoding", lambda: open(TXT, "rb", encoding="utf-8"))
def print_to_file():
    with open(TXT, "w") as f:
        print("via", "print", sep="-", end="!\n", file=f)
        print(1, 2, 3, file=f)
    with open(TXT) as f:
        return f.read()
show("print(file=)", print_to_file)
def os_ops():
    return os.path.exists(TXT), os.path.getsize(TXT), os.path.isfile(TXT), os.path.isdir(TXT), os.path.basename(os.path.abspath(TXT))
show("os.path", os_ops)
def listing():
    return sorted(n for n in os.listdir(".") if n.startswith("pyrewind_file_io"))
show("listdir", listing)
def read_empty():
    open(TXT, "w").close()
    with open(TXT) as f:
        return f.read(), f.readline(), f.readlines(), list(f)
show("empty file", read_empty)
def big_file():
    lines = [f"line {i}: {'x' * (i % 50)}\n" for i in range(2000)]
    with open(TXT, "w") as f:
        f.writelines(lines)
    with open(TXT) as f:
        back = f.readlines()
    return back == lines, len(back), sum(len(l) for l in back)
show("big file", big_file)
for name in (TXT, BIN, NEW):
    if os.path.exists(name):
        os.remove(name)
show("cleaned up", lambda: listing())
show("remove missing", lambda: os.remove(NEW))
