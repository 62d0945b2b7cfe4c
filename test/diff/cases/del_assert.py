# del (names, attributes, items, slices, tuples of targets), assert (with and without messages, with
# side effects), global/nonlocal declarations and what deleting them does.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def del_name():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
show("del local", del_name)
def del_twice():
    x = 1
    del x
    del x
show("del twice", del_twice)
g_value = "global"
def del_global():
    global g_value
    del g_value
    return "g_value" in globals()
show("del global", del_global)
show("global gone", lambda: g_value)
def del_global_missing():
    global never_defined
    del never_defined
show("del missing global", del_global_missing)
def del_items():
    lst = list(range(10))
    d = {"a": 1, "b": 2, "c": 3}
    del lst[0], lst[-1], d["b"]
    del lst[1:3]
    del lst[::2]
    return lst, d
show("del items and slices", del_items)
def del_attr():
    class O:
        cls = 1
    o = O()
    o.x = 1
    del o.x
    del O.cls
    return hasattr(o, "x"), hasattr(O, "cls")
show("del attributes", del_attr)
def del_nested_target():
    a, b = 1, 2
    del (a, b)
    return "a" in locals()
show("del tuple target", del_nested_target)
def del_list_target():
    a = b = 0
    del [a, b]
    return sorted(locals())
show("del list target", del_list_target)
def del_in_loop():
    d = {i: i for i in range(5)}
    for k in [1, 3]:
        del d[k]
    return d
show("del in loop", del_in_loop)
def del_closure_var():
    x = 1
    def inner():
        return x
    del x
    return inner()
show("del cell variable", del_closure_var)
def del_nonlocal():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return f"{type(e).__name__}: {e}"
show("del via nonlocal", del_nonlocal)
show("del builtin name", lambda: exec("del len"))
print("-- assert")
def assert_ok():
    assert True
    assert 1 == 1, "never shown"
    return "passed"
show("assert ok", assert_ok)
def assert_fail_plain():
    assert 1 > 2
show("assert fail", assert_fail_plain)
def assert_fail_message():
    x = 5
    assert x < 0, f"x should be negative, got {x}"
show("assert with message", assert_fail_message)
def assert_message_lazy():
    calls = []
    def msg():
        calls.append(1)
        return "message"
    assert True, msg()
    return calls
show("assert message evaluated lazily", assert_message_lazy)
def assert_non_str_message():
    assert False, {"code": 1}
show("assert non-str message", assert_non_str_message)
def assert_args():
    try:
        assert False, ("a", 1)
    except AssertionError as e:
        return e.args
show("assert args", assert_args)
def assert_tuple_always_true():
    assert (False, "looks like a message") if False else True
    return "ok"
show("assert truthy expression", assert_tuple_always_true)
def assertion_error_type():
    try:
        assert [], "empty list is falsy"
    except Exception as e:
        return type(e).__name__, str(e), isinstance(e, Exception)
show("AssertionError details", assertion_error_type)
print("-- global/nonlocal")
counter = 0
def increment():
    global counter
    counter += 1
    return counter
show("global increment", lambda: (increment(), increment(), counter))
def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
show("global in nested function", global_in_nested)
def nonlocal_multiple():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
    bump(); bump()
    return a, b
show("nonlocal multiple names", nonlocal_multiple)
show("nonlocal at module level", lambda: exec("nonlocal x"))
show("nonlocal missing binding", lambda: exec("def f():\n    nonlocal q\n"))
show("global after use", lambda: exec("def f():\n    x = 1\n    global x\n"))
def globals_dict():
    globals()["made_via_dict"] = 42
    return made_via_dict
show("globals() write", globals_dict)
