# Exception groups and except*: construction rules, split/subgroup/derive, matching by type across
# nested groups, multiple except* clauses, re-raising, unhandled remainder, BaseExceptionGroup.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        lines = [f"{pad}{type(e).__name__}({e.message!r})"]
        for sub in e.exceptions:
            lines += tree(sub, depth + 1)
        return lines
    return [f"{pad}{type(e).__name__}({e})"]

eg = ExceptionGroup("top", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
show("str repr", lambda: (str(eg), repr(ExceptionGroup("m", [ValueError(1)]))))
show("tree", lambda: tree(eg))
show("exceptions tuple", lambda: type(eg.exceptions).__name__)
show("empty list", lambda: ExceptionGroup("x", []))
show("not a sequence", lambda: ExceptionGroup("x", ValueError()))
show("non-exception member", lambda: ExceptionGroup("x", [1]))
show("message not str", lambda: ExceptionGroup(1, [ValueError()]))
show("base member in ExceptionGroup", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show("BaseExceptionGroup picks class", lambda: (type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__))
show("split", lambda: [None if part is None else tree(part) for part in eg.split(ValueError)])
show("split predicate", lambda: [None if p is None else tree(p) for p in eg.split(lambda e: isinstance(e, KeyError))])
show("subgroup", lambda: tree(eg.subgroup((TypeError, KeyError))))
show("subgroup none", lambda: eg.subgroup(OSError))
show("subgroup all is same", lambda: eg.subgroup(Exception) is eg)
show("derive", lambda: tree(eg.derive([ValueError(9)])))

def handle(group):
    log = []
    try:
        raise group
    except* ValueError as g:
        log.append(("ValueError", tree(g)))
    except* (TypeError, KeyError) as g:
        log.append(("Type/Key", tree(g)))
    return log
show("except* routes", lambda: handle(eg))
show("except* single naked exception", lambda: handle(ValueError("naked")))
def unhandled():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError("io")])
    except* ValueError:
        pass
show("unhandled remainder propagates", unhandled)
def catch_remainder():
    try:
        unhandled()
    except ExceptionGroup as e:
        return tree(e)
show("remainder contents", catch_remainder)
def raise_in_except_star():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise KeyError("new")
    except ExceptionGroup as e:
        return tree(e), type(e.exceptions[0].__context__).__name__
show("raise inside except*", raise_in_except_star)
def reraise_in_except_star():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        return tree(e)
show("bare raise in except*", reraise_in_except_star)
def except_star_else_finally():
    log = []
    try:
        log.append("body")
    except* ValueError:
        log.append("handler")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
show("else and finally", except_star_else_finally)
def nested_match():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("mid", [ExceptionGroup("deep", [ZeroDivisionError("z")])])])
    except* ArithmeticError as g:
        result = tree(g)
    return result
show("nested leaves matched", nested_match)
def catch_group_type():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
show("except* ExceptionGroup not allowed", lambda: exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass"))
show("except* ExceptionGroup runtime", catch_group_type)
def plain_except_on_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except ValueError:
        return "matched ValueError"
    except ExceptionGroup as e:
        return "plain except sees the group: " + str(e)
show("plain except", plain_except_on_group)
def notes_on_group():
    e = ExceptionGroup("g", [ValueError(1)])
    e.add_note("group note")
    try:
        raise e
    except* ValueError as g:
        result = g.__notes__ if hasattr(g, "__notes__") else None, g.message
    return result
show("notes copied to split", notes_on_group)
def collect_errors():
    errors = []
    for i, v in enumerate(["1", "x", "3", "", "5"]):
        try:
            int(v)
        except ValueError as e:
            e.add_note(f"item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad input", errors)
def report():
    try:
        collect_errors()
    except* ValueError as g:
        result = [(str(e), e.__notes__) for e in g.exceptions]
    return result
show("collect errors", report)
def base_group():
    log = []
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        log.append(("kb", tree(g)))
    except* ValueError as g:
        log.append(("value", tree(g)))
    return log
show("base group split", lambda: base_group())
def return_in_except_star():
    exec("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
show("return in except* is SyntaxError", return_in_except_star)
