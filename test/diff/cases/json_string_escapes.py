# How json writes strings: _json's encode_basestring(_ascii) (used by json.dumps for every str), with
# and without ensure_ascii, str subclasses, control characters, astral characters, argument errors.
import json
import _json


class Name(str):
    pass


SAMPLES = ["plain", 'q"uote\\back', "\b\f\n\r\t\x00\x1f\x7f\x80\xff", "\u00e9\u20ac\U0001F600", Name("sub\n"), "",
           "\u2028\u2029", "tab\there" * 3]
for s in SAMPLES:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), _json.encode_basestring_ascii(s), _json.encode_basestring(s))
print(_json.encode_basestring_ascii("\ud800x\udfff"), ascii(_json.encode_basestring("\ud800x")))
print(json.dumps({"k\u00e9y": ["v\n", {"n": None, "\U0001F600": "\x01"}]}, ensure_ascii=False, indent=1))
print(json.dumps({"k\u00e9y": ["v\n", {"n": None, "\U0001F600": "\x01"}]}, sort_keys=True))
print(json.loads(json.dumps(SAMPLES)) == SAMPLES, json.loads(json.dumps(SAMPLES, ensure_ascii=False)) == SAMPLES)
for bad in [lambda: _json.encode_basestring_ascii(1), lambda: _json.encode_basestring(b"x"),
            lambda: _json.encode_basestring(), lambda: _json.encode_basestring_ascii("a", "b"),
            lambda: _json.encode_basestring_ascii(s="a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
