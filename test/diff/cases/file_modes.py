# open() modes: text and binary write/read/append, 'x', r+/w+/a+, readline(size), readlines(hint),
# iteration, readinto, print(file=, flush=True), attributes and reprs of file objects, errors on
# closed files, wrong modes and missing files. Files are created in the current directory with names
# unique to this program and removed at the end. OSErrors are printed without errno numbers (pyodide's
# Emscripten numbers them differently).
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

T = "pyrewind_file_modes.txt"
B = "pyrewind_file_modes.bin"
X = "pyrewind_file_modes_x.txt"

def text_write_read():
    with open(T, "w") as f:
        r = [f.write("alpha\n"), f.write(""), f.write("beta gamma\n"), f.write("é€𝄞\n"), f.write("last")]
        r.append((f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable()))
    with open(T) as f:
        r.append(f.read())
    return r
show("text write/read", text_write_read)

def readlines_variants():
    with open(T) as f:
        a = f.readlines(8)
        b = f.readline(3), f.readline(0), f.readline(-1), f.readline(100)
        c = f.readlines()
    with open(T) as f:
        d = [line for line in f]
    with open(T) as f:
        e = next(f), next(iter(f)), f.readline()
    return a, b, c, d, e
show("readlines/readline(size)/iteration", readlines_variants)

def binary_modes():
    with open(B, "wb") as f:
        n = f.write(b"line1\nline2\r\nline3")
        f.write(bytearray(b"!"))
        f.write(memoryview(b"?"))
    with open(B, "rb") as f:
        a = f.readline(), f.readline(3), f.readline(), f.read(2), f.read(), f.read(), f.read(1)
    with open(B, "rb") as f:
        b = list(f)
    with open(B, "rb") as f:
        c = f.readlines()
    return n, a, b, c
show("binary modes", binary_modes)

def readinto():
    buf = bytearray(4)
    mv = memoryview(bytearray(10))
    with open(B, "rb") as f:
        n1 = f.readinto(buf)
        n2 = f.readinto(mv)
        n3 = f.readinto(bytearray(100))
        n4 = f.readinto(bytearray(5))
    with open(B, "rb", buffering=0) as raw:
        rb = bytearray(3)
        n5 = raw.readinto(rb)
        rest = raw.readall()
    return n1, bytes(buf), n2, bytes(mv), n3, n4, n5, bytes(rb), rest
show("readinto", readinto)

def append_modes():
    with open(T, "w") as f:
        f.write("one\n")
    with open(T, "a") as f:
        p0 = f.tell()
        f.write("two\n")
        p1 = f.tell()
    with open(T, "a+") as f:
        p2 = f.tell()
        f.seek(0)
        first = f.readline()
        f.write("three\n")
        p3 = f.tell()
        f.seek(0)
        everything = f.read()
    with open(B, "ab") as f:
        f.write(b"+tail")
    with open(B, "rb") as f:
        tail = f.read()[-6:]
    return p0, p1, p2, first, p3, everything, tail
show("append modes", append_modes)

def plus_modes():
    with open(T, "r+") as f:
        a = f.read(3)
        f.seek(0)
        f.write("ONE")
        f.seek(0)
        b = f.readline()
    with open(T, "w+") as f:
        c = f.read()
        f.write("new content")
        f.seek(4)
        d = f.read()
    with open(B, "r+b") as f:
        f.seek(2)
        f.write(b"XY")
        f.seek(0)
        e = f.read(6)
    return a, b, c, d, e
show("r+/w+/r+b", plus_modes)

def exclusive():
    if os.path.exists(X):
        os.remove(X)
    with open(X, "x") as f:
        f.write("created")
    with open(X, "xb") as f:
        f.write(b"again")
show("x then x again", exclusive)
show("x read back", lambda: open(X).read())

def print_to_files():
    with open(T, "w") as f:
        print("a", 1, 2.5, None, sep=",", file=f)
        print(file=f)
        print("no newline", end="", file=f, flush=True)
        print(" +more", file=f, end="|\n")
    with open(T) as f:
        return f.read()
show("print(file=)", print_to_files)

def reprs_and_attrs():
    out = []
    with open(B, "rb") as f:
        out.append((repr(f), f.name, f.mode, type(f.raw).__name__, repr(f.raw), f.raw.mode, f.raw.closefd))
    with open(B, "wb", buffering=0) as f:
        out.append((repr(f), f.mode, type(f).__name__))
    with open(T, "a+b") as f:
        out.append((type(f).__name__, f.mode, f.raw.mode))
    with open(T, "w", encoding="latin-1") as f:
        out.append((f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines, type(f.buffer).__name__))
    f = open(T)
    f.close()
    out.append((repr(f), f.closed))
    return out
show("reprs and attributes", reprs_and_attrs)

def closed_errors():
    f = open(T)
    f.close()
    g = open(B, "rb")
    g.close()
    r = []
    for label, op in [("read", f.read), ("readline", f.readline), ("iter", lambda: next(f)), ("tell", f.tell),
                      ("seek", lambda: f.seek(0)), ("write", lambda: f.write("x")), ("fileno", f.fileno),
                      ("bread", g.read), ("bseek", lambda: g.seek(0)), ("btell", g.tell), ("breadline", g.readline),
                      ("enter", lambda: f.__enter__())]:
        try:
            op()
            r.append((label, "ok"))
        except Exception as e:
            r.append((label, type(e).__name__, str(e)))
    f.close()
    r.append(("close twice", f.closed))
    return r
show("closed file errors", closed_errors)

def wrong_direction():
    r = []
    with open(T) as f:
        for op in (lambda: f.write("x"), lambda: f.writelines(["x"]), lambda: f.truncate(0)):
            try:
                op()
            except Exception as e:
                r.append((type(e).__name__, str(e)))
    with open(T, "w") as f:
        for op in (f.read, f.readline, lambda: next(f)):
            try:
                op()
            except Exception as e:
                r.append((type(e).__name__, str(e)))
    with open(B, "wb") as f:
        try:
            f.read()
        except Exception as e:
            r.append((type(e).__name__, str(e)))
    return r
show("wrong direction", wrong_direction)

show("write bytes to text", lambda: open(T, "w").write(b"x"))
show("write str to binary", lambda: open(B, "wb").write("x"))
for mode in ("rw", "rr", "", "z", "rbt", "U", "r+b+", "ab+x"):
    show(f"mode {mode!r}", lambda: open(T, mode))
show("binary+encoding", lambda: open(B, "rb", encoding="utf-8"))
show("binary+errors", lambda: open(B, "rb", errors="strict"))
show("binary+newline", lambda: open(B, "rb", newline=""))
show("unbuffered text", lambda: open(T, "w", buffering=0))
show("bad newline", lambda: open(T, newline="x"))
show("bad encoding", lambda: open(T, encoding="no-such-codec"))
show("bad file type", lambda: open(3.5))
show("missing file", lambda: open("pyrewind_file_modes_missing.txt"))
show("missing dir", lambda: open("pyrewind_no_such_dir/x.txt", "w"))
show("directory", lambda: open("."))

for name in (T, B, X):
    if os.path.exists(name):
        os.remove(name)
show("cleaned", lambda: sorted(n for n in os.listdir(".") if n.startswith("pyrewind_file_modes")))
