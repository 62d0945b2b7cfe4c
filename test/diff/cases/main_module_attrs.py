# What a script run as `python3 prog.py` finds in its own namespace (__loader__ is the source loader of
# the file, there is no __spec__) and the shape of sys.flags (18 items, three more fields by name).
import sys
import builtins

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

show('dunders', lambda: sorted(k for k in globals() if k.startswith('__')))
show('spec', lambda: __spec__)
show('cached', lambda: __cached__)
show('package', lambda: __package__)
show('doc', lambda: __doc__)
show('builtins', lambda: __builtins__ is builtins)
show('main module', lambda: sys.modules['__main__'].__loader__ is __loader__)
show('loader name', lambda: __loader__.name)
show('loader path', lambda: __loader__.path == __file__)
show('get_filename', lambda: __loader__.get_filename() == __file__)
show('get_filename main', lambda: __loader__.get_filename('__main__') == __file__)
show('get_filename other', lambda: __loader__.get_filename('other'))
show('is_package', lambda: __loader__.is_package('__main__'))
show('get_source', lambda: __loader__.get_source('__main__').splitlines()[0])
show('get_data', lambda: __loader__.get_data(__file__)[:12])
show('has exec_module', lambda: callable(__loader__.exec_module))
show('flags len', lambda: len(sys.flags))
show('flags fields', lambda: (sys.flags.n_fields, sys.flags.n_sequence_fields))
show('flags extra', lambda: (sys.flags.gil, sys.flags.thread_inherit_context, sys.flags.context_aware_warnings))
show('flags last', lambda: sys.flags[-1] == sys.flags.int_max_str_digits)
show('flags repr', lambda: 'gil' in repr(sys.flags))
show('thread_info fields', lambda: (type(sys.thread_info).__name__, sys.thread_info.n_fields, len(sys.thread_info)))
show('thread_info name', lambda: sys.thread_info.name.startswith('pthread'))
show('sys doc', lambda: sys.__doc__.splitlines()[0])
