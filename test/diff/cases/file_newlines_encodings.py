# Text files: newline= on writing and reading (None, '', '\n', '\r', '\r\n'), the newlines attribute,
# encodings (utf-8, utf-8-sig, latin-1, ascii, utf-16, utf-16-le/-be, utf-32, cp1252) and errors= on
# encoding and decoding, reconfigure(), and what ends up on disk. Files are created in the current
# directory with names unique to this program and removed at the end.
import os

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

T = "pyrewind_file_nl_enc.txt"

def raw():
    with open(T, "rb") as f:
        return f.read()

SAMPLE = "a\nb\r\nc\rd\n\ne"
for nl in (None, "", "\n", "\r", "\r\n"):
    def write_with(nl=nl):
        with open(T, "w", newline=nl) as f:
            f.write(SAMPLE)
        return raw()
    show(f"write newline={nl!r}", write_with)

with open(T, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\r\n\rfive")
for nl in (None, "", "\n", "\r", "\r\n"):
    def read_with(nl=nl):
        with open(T, newline=nl) as f:
            lines = f.readlines()
            after = f.newlines
        with open(T, newline=nl) as f:
            whole = f.read()
        return lines, whole, after
    show(f"read newline={nl!r}", read_with)

def newlines_progress():
    with open(T) as f:
        seen = [f.newlines]
        while f.readline():
            seen.append(f.newlines)
    return seen
show("newlines as lines are read", newlines_progress)

def cr_at_chunk_edge():
    with open(T, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"y\r" + b"\nz")
    with open(T) as f:
        lines = f.readlines()
    return [len(l) for l in lines], lines[1:]
show("\\r\\n across a chunk boundary", cr_at_chunk_edge)

TEXT = "café ñ € 𝄞"
for enc in ("utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "ascii"):
    def roundtrip(enc=enc):
        with open(T, "w", encoding=enc) as f:
            f.write(TEXT[:6] if enc in ("latin-1", "cp1252") else TEXT)
        with open(T, encoding=enc) as f:
            back = f.read()
        return raw(), back
    show(f"encoding {enc}", roundtrip)

def utf16_append_no_second_bom():
    with open(T, "w", encoding="utf-16") as f:
        f.write("ab")
    with open(T, "a", encoding="utf-16") as f:
        f.write("cd")
    with open(T, encoding="utf-16") as f:
        return raw(), f.read()
show("utf-16 append", utf16_append_no_second_bom)

for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"):
    def encode_errors(errors=errors):
        with open(T, "w", encoding="ascii", errors=errors) as f:
            f.write("ok é € end")
        return raw()
    show(f"write errors={errors}", encode_errors)

with open(T, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3")
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    def decode_errors(errors=errors):
        with open(T, encoding="utf-8", errors=errors) as f:
            return f.read()
    show(f"read errors={errors}", decode_errors)

def decode_error_details():
    try:
        with open(T, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        return e.encoding, e.start, e.end, e.reason, e.object[:4]
show("decode error details", decode_error_details)

def surrogate_roundtrip():
    with open(T, encoding="utf-8", errors="surrogateescape") as f:
        s = f.read()
    with open(T, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(s)
    return raw()
show("surrogateescape roundtrip", surrogate_roundtrip)

def lone_surrogate_strict():
    with open(T, "w", encoding="utf-8") as f:
        f.write("x\udc80y")
show("lone surrogate strict", lone_surrogate_strict)

def reconfigure():
    with open(T, "w", encoding="utf-8") as f:
        f.write("é")
        f.reconfigure(encoding="latin-1")
        f.write("é")
        f.reconfigure(newline="\r\n")
        f.write("a\nb")
        enc = f.encoding
    with open(T) as f:
        f.read(1)
        try:
            f.reconfigure(encoding="ascii")
        except Exception as e:
            err = (type(e).__name__, str(e))
    return raw(), enc, err
show("reconfigure", reconfigure)

def bom_detection():
    with open(T, "wb") as f:
        f.write(b"\xef\xbb\xbfwith bom")
    with open(T, encoding="utf-8") as f:
        plain = f.read()
    with open(T, encoding="utf-8-sig") as f:
        sig = f.read()
    return plain, sig
show("BOM on read", bom_detection)

if os.path.exists(T):
    os.remove(T)
print("exists after cleanup", os.path.exists(T))
