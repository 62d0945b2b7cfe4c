# exec, eval and compile: namespaces (globals/locals dicts), return values, modes, expressions vs
# statements, syntax errors with their details, builtins in custom namespaces, code object reuse.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("eval expr", lambda: eval("1 + 2 * 3"))
show("eval with names", lambda: eval("a * b", {"a": 6, "b": 7}))
show("eval locals override", lambda: eval("x", {"x": "global"}, {"x": "local"}))
show("eval statement", lambda: eval("x = 1"))
show("eval empty", lambda: eval(""))
show("eval whitespace", lambda: eval("  42  "))
show("eval builtins available", lambda: eval("len('abc')", {}))
show("eval without builtins", lambda: eval("len('abc')", {"__builtins__": {}}))
show("eval custom builtins", lambda: eval("len('abc')", {"__builtins__": {"len": lambda s: "custom"}}))
show("eval bytes", lambda: eval(b"1 + 1"))
show("eval non-str", lambda: eval(5))
show("eval lambda", lambda: eval("lambda x: x + 1")(1))
show("eval comprehension", lambda: eval("[i * k for i in range(3)]", {"k": 10}))
def exec_returns_none():
    ns = {}
    r = exec("y = 5\ndef f(): return y * 2", ns)
    return r, ns["y"], ns["f"](), sorted(k for k in ns if k != "__builtins__")
show("exec namespace", exec_returns_none)
def exec_adds_builtins():
    ns = {}
    exec("pass", ns)
    return "__builtins__" in ns
show("exec adds __builtins__", exec_adds_builtins)
def exec_locals_dict():
    g, l = {}, {}
    exec("a = 1\nb = a + 1", g, l)
    return sorted(k for k in g if k != "__builtins__"), l
show("exec separate locals", exec_locals_dict)
def exec_class_in_ns():
    ns = {}
    exec("class K:\n    v = 3\n    def m(self): return self.v * 2\nobj = K()", ns)
    return ns["obj"].m(), ns["K"].__module__ if "__name__" in ns else ns["K"].__module__
show("exec class", exec_class_in_ns)
def exec_modifies_function_locals():
    x = 1
    exec("x = 2")
    return x
show("exec cannot rebind function locals", exec_modifies_function_locals)
def exec_sees_globals():
    return eval("show is not None")
show("eval sees module globals", exec_sees_globals)
def exec_multiline():
    src = """
total = 0
for i in range(5):
    if i % 2:
        continue
    total += i
"""
    ns = {}
    exec(src, ns)
    return ns["total"]
show("exec loop", exec_multiline)
print("-- compile")
code = compile("a + 1", "<expr>", "eval")
show("compiled eval", lambda: (eval(code, {"a": 1}), eval(code, {"a": 10}), code.co_filename, code.co_name))
code2 = compile("print('from exec code', n)", "<stmt>", "exec")
show("compiled exec", lambda: (exec(code2, {"n": 1}), exec(code2, {"n": 2})))
show("single mode", lambda: exec(compile("3 + 4", "<single>", "single")))
show("bad mode", lambda: compile("1", "f", "bogus"))
show("eval mode with statement", lambda: compile("x = 1", "f", "eval"))
def syntax_details(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        return "compiled"
    except SyntaxError as e:
        return type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.filename
for src in ["1 +", "def f(:\n    pass", "x = (1, 2", "if True:\npass", "a b", "return 5", "break",
            "f(**x, *y)", "print 'hi'", "x = 1 +* 2", "def f():\n\tif 1:\n        pass", "'unterminated",
            "class 1A: pass", "a = yield", "del f()", "(a, b) += 1", "lambda: (yield)", "f(x for x in y, 1)",
            "import", "from . import", "nonlocal x", "x := 1", "True = 1", "None = 2", "def f(a, a): pass",
            "f(a=1, a=2)", "0777", "1__0", "'\\N{NOT A NAME}'", "for x in range(3):\n  pass\n else: pass"]:
    show("syntax " + repr(src), lambda: syntax_details(src))
show("syntax eval mode", lambda: syntax_details("for x in y: pass", "eval"))
show("exec syntax error message", lambda: exec("1 +"))
show("eval syntax error message", lambda: eval("(1,"))
show("compile flags dont_inherit", lambda: eval(compile("2 ** 10", "<f>", "eval", dont_inherit=True)))
show("code object attrs", lambda: (compile("def g(a, b): pass", "<m>", "exec").co_consts[0].co_varnames if hasattr(compile("def g(a, b): pass", "<m>", "exec").co_consts[0], "co_varnames") else "no"))
show("exec code with free vars", lambda: exec((lambda: x).__code__) if False else "skipped")
show("nested exec", lambda: eval("eval('1 + 1') + eval('2')"))
show("exec returns None always", lambda: exec("42"))
show("eval dict subclass globals", lambda: eval("zz", type("G", (dict,), {"__missing__": lambda s, k: k.upper()})()))
show("eval mapping locals", lambda: eval("zz", {}, type("M", (dict,), {"__missing__": lambda s, k: "from mapping"})()))

# A function made over a dict-subclass globals (as annotationlib does for fake globals): LOAD_GLOBAL
# goes through the mapping protocol, so __missing__ answers; and a dict-subclass __builtins__ too.
class MissingGlobals(dict):
    def __missing__(self, key):
        return "<" + key + ">"
def reads_globals():
    return (undefined_here, len, str)
show("function over dict subclass globals", lambda: type(reads_globals)(reads_globals.__code__, MissingGlobals())())
show("function over dict subclass globals hit", lambda: type(reads_globals)(reads_globals.__code__, MissingGlobals(undefined_here=1, len=2))())
class MissingBuiltins(dict):
    def __missing__(self, key):
        return "builtin " + key
show("function over dict subclass builtins", lambda: type(reads_globals)(reads_globals.__code__, {"__builtins__": MissingBuiltins(str=str)})())
show("exec with dict subclass builtins", lambda: (lambda g: (exec("r = (len, nothing_here)", g), g["r"])[1])({"__builtins__": MissingBuiltins()}))
class KeyErrorSubclass(KeyError):
    pass
class RaisingGlobals(dict):
    def __getitem__(self, key):
        raise KeyErrorSubclass(key)
show("globals __getitem__ raising a KeyError subclass", lambda: type(reads_globals)(reads_globals.__code__, RaisingGlobals())())
# LOAD_FROM_DICT_OR_GLOBALS (names in a class body's annotations) also reads such globals as a mapping,
# while LOAD_NAME reads globals as a plain dict.
def makes_class():
    class K:
        a: missing_name
    return K
show("class annotate over dict subclass globals", lambda: type(reads_globals)(makes_class().__annotate__.__code__, MissingGlobals(), closure=makes_class().__annotate__.__closure__)(1))
show("LOAD_NAME ignores __missing__ of globals", lambda: (lambda l: (exec("r = zz", MissingGlobals(), l), l)[1])({}))
