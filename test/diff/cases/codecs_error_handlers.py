# Encoding error handlers: namereplace (\N{...} from the Unicode name database) in every codec, and a
# custom handler whose replacement the codec cannot encode (the error names the original characters).
import codecs

TEXT = "a\u00e9\u20ac\U0001F600\udc80\x00\ue000\x7f"
codecs.register_error("angle", lambda e: ("<%s>" % e.object[e.start:e.end], e.end))
codecs.register_error("qmark", lambda e: ("?" * (e.end - e.start), e.end))
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be", "cp1252", "cp437", "iso8859-15"]:
    for err in ["namereplace", "angle", "qmark"]:
        try:
            print(enc, err, TEXT.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError:", e, e.start, e.end)
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "x\u00e9\U0001F600\ue000\x7f\uac00\u4e00", 1, 7, "r")))
print(codecs.lookup_error("namereplace") is codecs.namereplace_errors)
print("Stra\u00dfe \u2014 \u00bd".encode("ascii", "namereplace").decode("ascii"))
for bad in [lambda: codecs.namereplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "r")),
            lambda: b"\xff".decode("ascii", "namereplace"),
            lambda: "\u00e9".encode("utf-8", "angle") + "\udc80".encode("utf-8", "angle")]:
    try:
        print(bad())
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
