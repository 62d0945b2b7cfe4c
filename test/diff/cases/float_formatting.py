# Float formatting: format specs, str.format, f-strings, %-formatting, alignment and special values.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1.5e20, 0.5, 2.5, 1e16,
          float("inf"), float("-inf"), float("nan"), 123.456e-10, 99.995]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.2f", "^12.1f", "+.3f", " .1f", "e", ".3e", "E", "g", ".3g",
         "G", ".10g", "%", ".1%", ",.2f", "_.3f", "015.4f", "#.0f", "#g", "n", ".0e", "r" if False else "",
         "=+12.2f", "*>10.1f", "z.1f", ".20f", "#.3g"]
for v in values:
    print("value", repr(v))
    for s in specs:
        show("  %-8s" % s, lambda: format(v, s))

print("-- str.format and f-strings")
x = 2.0 / 3
w = 12
p = 4
show("positional", lambda: "{0:.3f} {0:e} {1:g}".format(x, 1e-10))
show("nested", lambda: f"{x:{w}.{p}f}|")
show("nested align", lambda: f"{x:>{w}}|{x:<{w}.2}|")
show("precision no type", lambda: (format(x, ".3"), format(1234.5, ".2"), format(1e20, ".3"), format(100.0, ".1")))
show("percent formatting", lambda: "%f %.2f %10.3f %-10.1f| %e %g %G %5.1f%%" % (x, x, x, x, x, 1e-5, 1e20, 99.5))
show("percent with dict", lambda: "%(a).1f and %(b)s" % {"a": 2.25, "b": "text"})
show("percent r", lambda: "%r %s" % (0.1, 0.1))
show("percent star", lambda: "%*.*f|" % (10, 2, 3.14159))
show("percent inf", lambda: "%f %e %g" % (float("inf"), float("-inf"), float("nan")))
show("bad spec", lambda: format(1.5, "d"))
show("bad spec x", lambda: format(1.5, "x"))
show("too many args", lambda: "%f" % (1.0, 2.0))
show("not enough args", lambda: "%f %f" % (1.0,))
show("str of floats in containers", lambda: str([1.0, 2.5, -0.0, float("inf")]))
show("round-trip", lambda: all(float(repr(v)) == v for v in values if v == v))
show("grouping big", lambda: format(1234567890.12345, ",.3f"))
show("large f", lambda: format(1e50, "f"))
show("small g", lambda: (format(0.0001, "g"), format(0.00001, "g"), format(123456789.0, "g")))
show("complex of fmt", lambda: "{:.2f}".format(10))
show("format with !r", lambda: f"{0.1!r:>8}|{0.1!s:<8}|")
