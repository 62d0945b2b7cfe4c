# sys.monitoring's argument checks and the tool registry: CPython 3.14's exception types and messages
# for bad tool ids, event sets, local event sets, callbacks and code objects.
import sys

m = sys.monitoring
E = m.events
for t in range(6):
    m.free_tool_id(t)


def attempt(label, f):
    try:
        r = f()
        print(label, repr(r) if not callable(r) else r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def target():
    return 1


code = target.__code__
print(sorted(k for k in vars(E)), m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID)
print([getattr(E, k) for k in sorted(vars(E))])
print(type(m.DISABLE).__name__, m.DISABLE is m.MISSING)
attempt('get_tool free', lambda: m.get_tool(2))
attempt('set_events unused', lambda: m.set_events(2, E.LINE))
attempt('set_local unused', lambda: m.set_local_events(2, code, E.LINE))
attempt('use', lambda: m.use_tool_id(2, 'probe'))
attempt('use again', lambda: m.use_tool_id(2, 'other'))
attempt('use bad name', lambda: m.use_tool_id(3, b'x'))
attempt('use bad id', lambda: m.use_tool_id(6, 'x'))
attempt('use negative id', lambda: m.use_tool_id(-1, 'x'))
attempt('use huge id', lambda: m.use_tool_id(2 ** 40, 'x'))
attempt('use str id', lambda: m.use_tool_id('1', 'x'))
attempt('get_tool', lambda: m.get_tool(2))
attempt('set too big', lambda: m.set_events(2, 1 << 19))
attempt('set negative', lambda: m.set_events(2, -1))
attempt('set C_RETURN alone', lambda: m.set_events(2, E.C_RETURN))
attempt('set C_RAISE with CALL', lambda: m.set_events(2, E.C_RAISE | E.CALL))
attempt('set all C', lambda: m.set_events(2, E.C_RAISE | E.C_RETURN | E.CALL))
attempt('get', lambda: m.get_events(2))
attempt('set BRANCH', lambda: m.set_events(2, E.BRANCH | E.LINE))
attempt('get', lambda: m.get_events(2))
attempt('all events', lambda: sorted(m._all_events().items()))
attempt('set none', lambda: m.set_events(2, E.NO_EVENTS))
attempt('get', lambda: m.get_events(2))
attempt('local not code', lambda: m.set_local_events(2, target, E.LINE))
attempt('local get not code', lambda: m.get_local_events(2, None))
attempt('local bad tool', lambda: m.set_local_events(9, code, E.LINE))
attempt('local RAISE', lambda: m.set_local_events(2, code, E.RAISE))
attempt('local PY_THROW', lambda: m.set_local_events(2, code, E.PY_THROW))
attempt('local negative', lambda: m.set_local_events(2, code, -1))
attempt('local C_RETURN', lambda: m.set_local_events(2, code, E.C_RETURN))
attempt('local ok', lambda: m.set_local_events(2, code, E.LINE | E.BRANCH | E.CALL | E.C_RETURN | E.C_RAISE))
attempt('local get', lambda: m.get_local_events(2, code))
attempt('local get other tool', lambda: m.get_local_events(4, code))
attempt('local clear', lambda: m.set_local_events(2, code, 0))
attempt('cb two events', lambda: m.register_callback(2, E.LINE | E.CALL, print))
attempt('cb no event', lambda: m.register_callback(2, 0, print))
attempt('cb too big', lambda: m.register_callback(2, 1 << 19, print))
attempt('cb bad tool', lambda: m.register_callback(6, E.LINE, print))
attempt('cb str event', lambda: m.register_callback(2, 'LINE', print))
attempt('cb unused tool', lambda: m.register_callback(4, E.LINE, print))
attempt('cb unused tool back', lambda: m.register_callback(4, E.LINE, None))
attempt('cb first', lambda: m.register_callback(2, E.LINE, print))
attempt('cb second', lambda: m.register_callback(2, E.LINE, len))
attempt('cb non-callable', lambda: m.register_callback(2, E.LINE, 42))
attempt('cb clear', lambda: m.register_callback(2, E.LINE, None))
attempt('arg count', lambda: m.set_events(2))
attempt('arg count', lambda: m.get_tool())
attempt('restart', lambda: m.restart_events())
attempt('clear unused', lambda: m.clear_tool_id(5))
attempt('free unused', lambda: m.free_tool_id(5))
attempt('free', lambda: m.free_tool_id(2))
attempt('get_tool freed', lambda: m.get_tool(2))
attempt('get_events freed', lambda: m.get_events(2))


# A non-callable callback fails when its event happens.
m.use_tool_id(2, 'probe')
m.register_callback(2, E.PY_START, 42)
m.set_events(2, E.PY_START)
try:
    target()
except TypeError as e:
    print('TypeError', e)
m.free_tool_id(2)
print('end')
attempt('restart arg', lambda: m.restart_events(1))
attempt('free kw', lambda: m.free_tool_id(tool_id=1))
attempt('use kw', lambda: m.use_tool_id(1, name='x'))
