# A JSON-like pretty printer and parser written by hand: a recursive-descent parser for JSON text with
# error positions, a pretty printer with indentation and key sorting, and a comparison with the json
# module's own output.
import json

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ParseError(msg, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}")
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("trailing data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("unexpected character " + repr(ch) if ch else "unexpected end")

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.error("expected string key")
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def arr(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif esc in self.ESCAPES:
                    out.append(self.ESCAPES[esc])
                else:
                    self.error("bad escape")
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in ".eE+-"):
            self.pos += 1
        raw = self.text[start:self.pos]
        try:
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            self.error(f"bad number {raw!r}")

def pretty(value, indent=0, step=2, sort_keys=False):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = [f"{inner}{quote(k)}: {pretty(value[k], indent + step, step, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + pretty(v, indent + step, step, sort_keys) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        return quote(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return repr(value)

def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

DOC = '''
{"name": "pyrewind", "version": [0, 1, 0], "tags": ["vm", "time travel", "debugger", "python"],
 "config": {"recording": true, "limit": null, "ratio": 0.75, "big": 12345678901234567890,
            "nested": {"deep": [{"a": 1}, {"b": [2, 3, {"c": "d"}]}], "empty": {}, "none": []}},
 "text": "line1\\nline2 \\"quoted\\" \\u00e9 tab\\there", "negative": -42, "exp": 1.5e-7}
'''
data = Parser(DOC).parse()
print(pretty(data))
print(pretty(data, sort_keys=True, step=4) == json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, sort_keys=True)[:120])
print("roundtrip:", Parser(json.dumps(data)).parse() == data)
print("json loads equal:", json.loads(DOC) == data)
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"unterminated', 'tru', '[1] extra', '{"x": -}', '']:
    try:
        Parser(bad).parse()
        print("parsed?!", bad)
    except ParseError as e:
        print(f"{bad!r}: {e}")
for bad in ['{"a": 1,}', '[1, 2', 'nan']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("json:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}))
print(json.dumps({"b": 1, "a": {"x": []}}, indent=2, separators=(",", ": ")))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
