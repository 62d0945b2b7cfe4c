# File positions: seek/tell in binary and text files (whence 0/1/2, opaque text cookies across
# multi-byte characters and decoder state), truncate (shrinking, extending, at the position), seeking
# past the end, buffering=0/1/small sizes, read1, flush visibility between two handles, and the errors
# for bad seeks. Files are created in the current directory with names unique to this program and
# removed at the end.
import io, os

def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        if e.errno is None:
            print(label, type(e).__name__, e)
        else:
            print(label, type(e).__name__, e.strerror)
    except Exception as e:
        print(label, type(e).__name__, e)

B = "pyrewind_file_pos.bin"
T = "pyrewind_file_pos.txt"

with open(B, "wb") as f:
    f.write(bytes(range(32)))

def binary_seek_tell():
    with open(B, "rb") as f:
        r = [f.tell(), f.read(4), f.tell()]
        r.append(f.seek(10))
        r.append(f.read(2))
        r.append(f.seek(-4, io.SEEK_CUR))
        r.append(f.read(1))
        r.append(f.seek(-3, os.SEEK_END))
        r.append(f.read())
        r.append(f.seek(100))
        r.append(f.read())
        r.append(f.tell())
        r.append(f.seek(0, 2))
        r.append(f.seekable())
    return r
show("binary seek/tell", binary_seek_tell)

def bad_seeks():
    r = []
    with open(B, "rb") as f:
        for args in ((-1,), (0, 3 + 5), (1.5,), ("0",), (-100, 1)):
            try:
                r.append(f.seek(*args))
            except Exception as e:
                r.append((type(e).__name__, str(e) if not isinstance(e, OSError) or e.errno is None else e.strerror))
    return r
show("bad binary seeks", bad_seeks)

def raw_positions():
    with open(B, "rb", buffering=0) as f:
        return type(f).__name__, f.read(3), f.tell(), f.seek(-2, 2), f.read(5), f.seek(5), f.read(2), f.tell()
show("unbuffered FileIO", raw_positions)

def small_buffer():
    with open(B, "rb", buffering=4) as f:
        return f.read(3), f.read(3), f.tell(), f.read1(10), f.tell(), f.read(), f.tell()
show("buffering=4", small_buffer)

def write_then_read_positions():
    with open(B, "w+b") as f:
        f.write(b"hello world")
        a = f.tell()
        f.seek(6)
        f.write(b"WORLD")
        b = f.tell()
        f.seek(0)
        c = f.read()
        f.seek(20)
        f.write(b"!")
        d = f.tell()
        f.seek(0)
        e = f.read()
    return a, b, c, d, e
show("write/seek/read on w+b", write_then_read_positions)

def truncation():
    with open(B, "r+b") as f:
        r = [f.truncate(5), f.tell(), f.read()]
        f.seek(2)
        r.append(f.truncate())
        f.seek(0)
        r.append(f.read())
        r.append(f.truncate(6))
        f.seek(0)
        r.append(f.read())
    r.append(os.path.getsize(B))
    return r
show("truncate binary", truncation)

def truncate_text():
    with open(T, "w+") as f:
        f.write("line one\nline two\n")
        f.seek(0)
        f.readline()
        r = [f.truncate(), f.tell()]
        f.seek(0)
        r.append(f.read())
        r.append(f.truncate(4))
        f.seek(0)
        r.append(f.read())
    return r
show("truncate text", truncate_text)

def text_cookies():
    with open(T, "w", encoding="utf-8") as f:
        f.write("aé€𝄞b\nsecond é line\nthird\n")
    out = []
    with open(T, encoding="utf-8") as f:
        marks = []
        while True:
            pos = f.tell()
            c = f.read(1)
            if not c:
                break
            marks.append((pos, c))
        out.append(marks[:8])
        for pos, c in marks[::3]:
            f.seek(pos)
            out.append(f.read(1) == c)
    return out
show("text tell cookies", text_cookies)

def text_seek_lines():
    with open(T, encoding="utf-8") as f:
        positions = []
        while True:
            p = f.tell()
            line = f.readline()
            if not line:
                break
            positions.append((p, line))
        back = []
        for p, line in reversed(positions):
            f.seek(p)
            back.append(f.readline() == line)
        return positions, back, f.seek(0, 2), f.tell()
show("text seek to line starts", text_seek_lines)

def utf16_cookies():
    with open(T, "w", encoding="utf-16") as f:
        f.write("xyé\nz")
    with open(T, encoding="utf-16") as f:
        a = f.read(2)
        p = f.tell()
        b = f.read()
        f.seek(p)
        return a, p, b, f.read(), f.seek(0), f.read(1)
show("utf-16 tell/seek", utf16_cookies)

def text_seek_errors():
    r = []
    with open(T) as f:
        for args in ((1, 1), (-1, 2), (0, 5), (-1,)):
            try:
                r.append(f.seek(*args))
            except Exception as e:
                r.append((type(e).__name__, str(e)))
        r.append(f.seek(0, 1))
        r.append(f.seek(0, 2))
        it = iter(f)
        f.seek(0)
        next(it)
        try:
            f.tell()
        except OSError as e:
            r.append((type(e).__name__, str(e)))
    return r
show("text seek errors", text_seek_errors)

def two_handles():
    w = open(T, "w")
    w.write("buffered")
    with open(T) as r1:
        before = r1.read()
    w.flush()
    with open(T) as r2:
        after = r2.read()
    w.write(" more")
    w.close()
    with open(T) as r3:
        closed = r3.read()
    return before, after, closed
show("flush visibility", two_handles)

def line_buffered():
    w = open(T, "w", buffering=1)
    w.write("partial")
    with open(T) as r:
        a = r.read()
    w.write(" line\nnext")
    with open(T) as r:
        b = r.read()
    lb = w.line_buffering
    w.close()
    return a, b, lb
show("buffering=1", line_buffered)

def fileno_and_fdopen():
    fd = os.open(B, os.O_RDONLY)
    with open(fd, "rb", closefd=False) as f:
        a = f.read(3), f.name == fd
    with open(fd, "rb") as g:
        b = g.read(2)
    try:
        os.close(fd)
        c = "still open"
    except OSError as e:
        c = type(e).__name__
    return a, b, c
show("open(fd)", fileno_and_fdopen)

for name in (B, T):
    os.remove(name)
print("left", sorted(n for n in os.listdir(".") if n.startswith("pyrewind_file_pos")))
