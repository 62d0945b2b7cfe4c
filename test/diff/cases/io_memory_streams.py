# In-memory streams: io.StringIO (newline modes, positions in code points, readline/iteration),
# io.BytesIO (writes past the end, truncate, getbuffer), TextIOWrapper and BufferedReader/Writer over
# BytesIO, IncrementalNewlineDecoder, and the io ABCs. No files are touched.
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def stringio_basics():
    s = io.StringIO()
    n = s.write("héllo 𝄞\nworld\n")
    s.write("last")
    pos = s.tell()
    s.seek(0)
    return n, pos, s.readline(), s.read(3), s.tell(), list(s), s.getvalue()
show("StringIO basics", stringio_basics)
for nl in (None, "", "\n", "\r", "\r\n"):
    def newline_mode(nl=nl):
        s = io.StringIO("a\nb\r\nc\rd", newline=nl)
        return s.getvalue(), s.readlines(), s.newlines
    show(f"StringIO newline={nl!r}", newline_mode)
show("StringIO seek past end", lambda: (lambda s: (s.seek(6), s.write("z"), s.getvalue()))(io.StringIO("ab")))
show("StringIO truncate", lambda: (lambda s: (s.truncate(3), s.getvalue(), s.tell()))(io.StringIO("abcdef")))
show("StringIO bad seek", lambda: io.StringIO().seek(1, 1))
show("StringIO negative", lambda: io.StringIO().seek(-1))
show("StringIO write bytes", lambda: io.StringIO().write(b"x"))
show("StringIO closed", lambda: (lambda s: (s.close(), s.read()))(io.StringIO("x")))
show("StringIO bad newline", lambda: io.StringIO(newline="x"))

def bytesio_basics():
    b = io.BytesIO(b"hello")
    b.seek(8)
    b.write(b"!")
    b.seek(0)
    first = b.read(3)
    b.seek(-2, 2)
    tail = b.read()
    view = b.getbuffer()
    view[0] = ord("J")
    value = b.getvalue()
    view.release()
    return first, tail, value, b.tell(), b.truncate(4), b.getvalue()
show("BytesIO basics", bytesio_basics)
show("BytesIO lines", lambda: (list(io.BytesIO(b"a\nbb\n\nccc")), io.BytesIO(b"x\ny\nz").readlines(2)))
show("BytesIO readinto", lambda: (lambda b, buf: (b.readinto(buf), buf))(io.BytesIO(b"abcdef"), bytearray(4)))
show("BytesIO write str", lambda: io.BytesIO().write("text"))
show("BytesIO negative seek", lambda: io.BytesIO().seek(-1))
show("BytesIO bad whence", lambda: io.BytesIO().seek(0, 5))
show("BytesIO closed", lambda: (lambda b: (b.close(), b.getvalue()))(io.BytesIO()))

def text_over_bytes():
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
    t.write("line one\nlíne two\n")
    before = raw.getvalue()
    t.flush()
    after = raw.getvalue()
    t.seek(0)
    lines = t.readlines()
    return before, after, lines, t.encoding, t.newlines
show("TextIOWrapper write/read", text_over_bytes)

def text_tell_seek():
    t = io.TextIOWrapper(io.BytesIO("αβγ\nδεζ\n𝄞x\n".encode("utf-8")), encoding="utf-8")
    t.readline()
    mark = t.tell()
    rest = t.read()
    t.seek(mark)
    return mark, rest, t.read() == rest, t.seek(0, 2), t.read()
show("TextIOWrapper tell/seek", text_tell_seek)

def text_universal():
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii")
    return t.readlines(), t.newlines
show("TextIOWrapper universal newlines", text_universal)
show("TextIOWrapper decode error", lambda: io.TextIOWrapper(io.BytesIO(b"ok\xffno"), encoding="utf-8").read())
show("TextIOWrapper replace", lambda: io.TextIOWrapper(io.BytesIO(b"ok\xffno"), encoding="utf-8", errors="replace").read())
show("TextIOWrapper latin-1", lambda: (lambda raw: (lambda t: (t.write("café"), raw.getvalue()))(io.TextIOWrapper(raw, encoding="latin-1", write_through=True)))(io.BytesIO()))
show("TextIOWrapper utf-16", lambda: (lambda raw: (lambda t: (t.write("hi"), t.write("!"), t.flush(), raw.getvalue()))(io.TextIOWrapper(raw, encoding="utf-16")))(io.BytesIO()))
show("TextIOWrapper line_buffering", lambda: (lambda raw: (lambda t: (t.write("a"), raw.getvalue(), t.write("b\nc"), raw.getvalue()))(io.TextIOWrapper(raw, encoding="utf-8", line_buffering=True)))(io.BytesIO()))
show("TextIOWrapper write int", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(5))
show("TextIOWrapper unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
show("TextIOWrapper reconfigure", lambda: (lambda t: (t.read(1), t.reconfigure(encoding="ascii")))(io.TextIOWrapper(io.BytesIO(b"xy"), encoding="utf-8")))

def buffered_layers():
    raw = io.BytesIO(b"0123456789" * 3)
    r = io.BufferedReader(raw, buffer_size=8)
    a = r.read(3)
    p = r.peek(2)[:2]
    b = r.read1(4)
    r.seek(25)
    c = r.read()
    w_raw = io.BytesIO()
    w = io.BufferedWriter(w_raw, buffer_size=4)
    w.write(b"ab")
    pending = w_raw.getvalue()
    w.write(b"cdefgh")
    w.flush()
    return a, p, b, c, pending, w_raw.getvalue(), r.raw is raw
show("Buffered layers", buffered_layers)

def newline_decoder():
    d = io.IncrementalNewlineDecoder(None, translate=True)
    parts = [d.decode("a\r"), d.decode("\nb\r"), d.decode("c", final=True)]
    return parts, d.newlines, d.getstate()
show("IncrementalNewlineDecoder", newline_decoder)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
def subclass():
    u = Upper()
    print("printed", "through", file=u)
    return u.getvalue(), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase)
show("StringIO subclass and print(file=)", subclass)
show("ABCs", lambda: (issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(io.StringIO(), io.BufferedIOBase)))
show("UnsupportedOperation", lambda: (issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.DEFAULT_BUFFER_SIZE))
show("fileno of memory stream", lambda: io.BytesIO().fileno())
