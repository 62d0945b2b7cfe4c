# The gc module: thresholds, debug flags, callbacks, is_tracked by type, argument errors; import trace.
import gc
print([n for n in dir(gc) if not n.startswith('__')])
print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.get_freeze_count())
print([(n, getattr(gc, n)) for n in dir(gc) if n.startswith('DEBUG')])
print(gc.garbage, gc.callbacks)
print(type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
for a in [(3,), (-1,), ('x',), (1, 2)]:
    try: print(gc.collect(*a))
    except Exception as e: print(type(e).__name__, e)
for kw in [{'foo': 1}, {'generation': 'x'}]:
    try: print(gc.collect(**kw))
    except Exception as e: print(type(e).__name__, e)
initial = gc.get_threshold()
gc.set_threshold(100, 5, 5); print(gc.get_threshold())
gc.set_threshold(200); print(gc.get_threshold())
gc.set_threshold(0); print(gc.get_threshold())
for a in [(), (1, 2, 3, 4), ('a',), (1.5,)]:
    try: gc.set_threshold(*a)
    except Exception as e: print(type(e).__name__, e)
try: gc.set_threshold(a=1)
except Exception as e: print(type(e).__name__, e)
gc.set_debug(gc.DEBUG_LEAK); print(gc.get_debug()); gc.set_debug(0)
for a in [(), ('x',), (1, 2)]:
    try: gc.set_debug(*a)
    except Exception as e: print(type(e).__name__, e)
x = 1
class C: pass
class E: __slots__ = ()
class G(int): pass
vals = [1, 'a', 2.5, 1j, b'x', bytearray(), None, True, ..., NotImplemented, object(), range(3), int, C,
        C(), E(), G(1), [], {}, {'a': 1}, set(), frozenset(), (), tuple([x]), tuple([[]]), (str(x),),
        len, lambda: 0, gc, iter([]), (i for i in []), slice(1), property(), ValueError(), [].append, {}.keys(),
        enumerate([]), type('S', (str,), {})('a')]
print([gc.is_tracked(v) for v in vals])
print([gc.is_finalized(v) for v in vals])
for f in (gc.is_tracked, gc.is_finalized):
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in (gc.enable, gc.disable, gc.isenabled, gc.get_count, gc.freeze, gc.get_stats):
    try: f(1)
    except Exception as e: print(type(e).__name__, e)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.freeze(); gc.unfreeze(); print(gc.get_freeze_count())
calls = []
def cb(phase, info): calls.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(calls)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
import trace
print(trace.Trace)
gc.set_threshold(*initial)
print(gc.get_threshold())
