# Runs one program inside pyodide the way `python3 <script> <args...>` runs it in a fresh process, then
# puts the interpreter back as it was so that the next program starts clean. Loaded once by cpython.ts.
#
# It must not change what the program observes compared with a real CPython process: everything it does
# happens before the program starts or after it has ended. It only knows about the directory it is given.

import builtins, sys, os, io, types, importlib, importlib.machinery, atexit, warnings, gc, shutil, signal


# What `python3 script.py` (CPython 3.14 on Linux, no site-packages) has imported before the script
# starts. pyodide imports far more at start-up (random, json, string, ...); a program that has its own
# module with one of those names must get its own module, as it would natively, so those cached stdlib
# modules are hidden for the run. Names in this set stay, as they would natively.
_NATIVE_STARTUP_MODULES = frozenset({
    'abc', 'builtins', 'codecs', 'encodings', 'genericpath', 'io', 'marshal', 'os', 'posix', 'posixpath',
    'site', 'stat', 'sys', 'time', 'zipimport',
})


def _top_level_names(run_dir):
    names = set()
    for entry in os.listdir(run_dir):
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isdir(os.path.join(run_dir, entry)) and entry.isidentifier():
            names.add(entry)
    return names


def _std_streams():
    # What CPython creates for a process whose standard streams are pipes, under a UTF-8 locale:
    # block-buffered strict stdout, line-buffered backslashreplace stderr, strict stdin.
    def raw(fd, mode, name):
        f = io.FileIO(fd, mode, closefd=False)
        f.name = name
        return f
    stdin = io.TextIOWrapper(io.BufferedReader(raw(0, 'rb', '<stdin>')), encoding='utf-8', errors='strict')
    stdout = io.TextIOWrapper(io.BufferedWriter(raw(1, 'wb', '<stdout>')), encoding='utf-8', errors='strict')
    stderr = io.TextIOWrapper(io.BufferedWriter(raw(2, 'wb', '<stderr>')), encoding='utf-8',
                              errors='backslashreplace', line_buffering=True)
    return stdin, stdout, stderr


def _exit_code_of(code):
    # What CPython's exit handling makes of SystemExit.code: None is success, an int is the status (cast
    # to a C int, -1 if it does not fit), anything else is printed to stderr and the status is 1.
    if code is None:
        return 0
    if isinstance(code, int):
        if -(1 << 63) <= code < (1 << 63):
            c = code & 0xFFFFFFFF
            return c - (1 << 32) if c >= (1 << 31) else c
        return -1
    try:
        sys.stderr.write(str(code))
        sys.stderr.write('\n')
    except BaseException:
        pass
    return 1


def _report_uncaught(exc):
    # What CPython's _PyErr_PrintEx does with an exception that ends the program, returning the exit
    # status: sys.excepthook gets it once; a SystemExit out of the hook gives the status; any other
    # error of the hook is printed after "Error in sys.excepthook:", then the original exception after
    # "Original exception was:"; without a hook, "sys.excepthook is missing" and the exception.
    tb = exc.__traceback__
    hook = sys.__dict__.get('excepthook')
    if hook is None:
        _write_stderr('sys.excepthook is missing\n')
        _display(exc)
        return 1
    try:
        hook(type(exc), exc, tb)
    except SystemExit as hook_exit:
        return _exit_code_of(hook_exit.code)
    except BaseException as hook_error:
        try:
            sys.stdout.flush()
        except BaseException:
            pass
        _write_stderr('Error in sys.excepthook:\n')
        # CPython calls the hook from C: the traceback starts in the hook, not in this function.
        if hook_error.__traceback__ is not None and hook_error.__traceback__.tb_frame.f_code is _report_uncaught.__code__:
            hook_error.__traceback__ = hook_error.__traceback__.tb_next
        _display(hook_error)
        _write_stderr('\nOriginal exception was:\n')
        _display(exc)
    return 1


def _write_stderr(text):
    try:
        sys.stderr.write(text)
    except BaseException:
        pass


def _display(exc):
    # PyErr_DisplayException: the built-in traceback printer, whatever sys.excepthook is.
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    except BaseException:
        pass


# pyodide hands an exception that reaches JavaScript to PyErr_Print() (to format it for JS), which
# would call the program's sys.excepthook a second time, and swallow what it writes to stderr.
# PyErr_Print() first raises the "sys.excepthook" audit event, and a RuntimeError from an audit hook
# makes it skip the hook silently: while a program runs, this one does that. (Audit hooks cannot be
# removed, so it is installed once, when this driver is loaded.)
_suppress_pyerr_print_hook = [False]


def _audit(event, args):
    if event == 'sys.excepthook' and _suppress_pyerr_print_hook[0]:
        raise RuntimeError('pyrewind harness: pyodide formats the exception without the hook')


sys.addaudithook(_audit)


def _clear_module_dict(d):
    # How CPython clears a module's namespace at shutdown: names with one leading underscore first,
    # then all the others, except __builtins__. Finalizers (__del__) of objects the program still
    # references run here, as they would at interpreter exit.
    for key in list(d):
        if isinstance(key, str) and key.startswith('_') and not key.startswith('__'):
            try:
                d[key] = None
            except BaseException:
                pass
    for key in list(d):
        if key != '__builtins__':
            try:
                d[key] = None
            except BaseException:
                pass


class _Run:
    """Everything a run changes in the interpreter, and how to put it back."""

    def __init__(self, run_dir, main_rel, argv, environ):
        self.run_dir = run_dir
        self.script = run_dir + '/' + main_rel
        self.saved_std = (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)
        self.saved_argv = sys.argv
        self.saved_path = list(sys.path)
        self.saved_main = sys.modules.get('__main__')
        self.saved_modules = set(sys.modules)
        self.saved_hooks = (sys.excepthook, sys.displayhook, sys.unraisablehook)
        self.saved_limits = (sys.getrecursionlimit(), sys.get_int_max_str_digits())
        self.saved_trace = (sys.gettrace(), sys.getprofile())
        self.saved_meta_path = list(sys.meta_path)
        self.saved_path_hooks = list(sys.path_hooks)
        self.saved_filters_list = warnings.filters
        self.saved_filters = list(warnings.filters)
        self.saved_warning_hooks = (warnings.showwarning, warnings.formatwarning, warnings.defaultaction)
        self.saved_cwd = os.getcwd()
        self.saved_environ = dict(os.environ)
        # pdb's continue installs a SIGINT handler and keeps it; any program may set handlers.
        self.saved_signals = {s: signal.getsignal(s) for s in signal.valid_signals() if signal.getsignal(s) is not None}
        self.saved_tools = {t for t in range(6) if sys.monitoring.get_tool(t) is not None}
        self.hidden_modules = {}
        for name in _top_level_names(run_dir) - _NATIVE_STARTUP_MODULES:
            for key in list(sys.modules):
                if key == name or key.startswith(name + '.'):
                    self.hidden_modules[key] = sys.modules.pop(key)

        self.stdin, self.stdout, self.stderr = _std_streams()
        sys.stdin = sys.__stdin__ = self.stdin
        sys.stdout = sys.__stdout__ = self.stdout
        sys.stderr = sys.__stderr__ = self.stderr
        sys.argv = [self.script] + list(argv)
        # `python3 dir/script.py` puts the script's directory first on sys.path (and has no '' entry,
        # which pyodide's own interactive-style setup adds).
        sys.path[:] = [run_dir] + [p for p in self.saved_path if p != '']
        importlib.invalidate_caches()
        os.chdir(run_dir)
        os.environ.clear()
        os.environ.update(environ)
        atexit._clear()
        sys.last_exc = sys.last_type = sys.last_value = sys.last_traceback = None
        # A fresh process starts with the built-in hook (pyodide installs traceback.print_exception).
        sys.excepthook = sys.__excepthook__

        self.main = types.ModuleType('__main__')
        self.main.__file__ = self.script
        self.main.__cached__ = None
        self.main.__builtins__ = builtins
        self.main.__loader__ = importlib.machinery.SourceFileLoader('__main__', self.script)
        sys.modules['__main__'] = self.main

    def compile(self):
        """The script's code object, or None after reporting its SyntaxError as CPython does (no
        traceback header: the error has no frame of the program)."""
        try:
            with open(self.script, 'rb') as f:
                source = f.read()
            return compile(source, self.script, 'exec')
        except SyntaxError as e:
            e.__traceback__ = None
            _report_uncaught(e)
            return None
        finally:
            # From here until finish(), exceptions reaching JavaScript are the program's.
            _suppress_pyerr_print_hook[0] = True

    def finish(self, outcome):
        """After the program's code 'returned', 'raised' (the exception is sys.last_exc, where pyodide
        leaves an exception that reached JavaScript) or did not compile ('syntax', already reported):
        interpreter shutdown as CPython does it, then the interpreter is restored. Returns the process
        exit status."""
        _suppress_pyerr_print_hook[0] = False
        try:
            status = 1 if outcome == 'syntax' else 0
            if outcome == 'raised':
                exc = sys.last_exc
                sys.last_exc = sys.last_type = sys.last_value = sys.last_traceback = None
                if isinstance(exc, SystemExit):
                    status = _exit_code_of(exc.code)
                else:
                    status = _report_uncaught(exc)
                exc = None
            # Shutdown order: atexit handlers, flush, then the main module's namespace is cleared.
            try:
                atexit._run_exitfuncs()
            except BaseException:
                pass
            atexit._clear()
            _flush(self)
            _clear_module_dict(self.main.__dict__)
            gc.collect()
            _flush(self)
            return status & 0xFF
        finally:
            self.restore()

    def restore(self):
        _suppress_pyerr_print_hook[0] = False
        sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__ = self.saved_std
        sys.argv = self.saved_argv
        sys.path[:] = self.saved_path
        if self.saved_main is not None:
            sys.modules['__main__'] = self.saved_main
        prefix = self.run_dir + '/'
        for name in list(sys.modules):
            if name in self.saved_modules:
                continue
            mod = sys.modules.get(name)
            f = getattr(mod, '__file__', None)
            # The program's own modules go; stdlib modules it imported stay cached (as harmless as the
            # many that pyodide imports at start-up), unless stdlib modules were hidden for this run:
            # then a newly imported stdlib module may have bound the program's module in their place.
            if mod is None or self.hidden_modules or (isinstance(f, str) and f.startswith(prefix)):
                del sys.modules[name]
        sys.modules.update(self.hidden_modules)
        for key in list(sys.path_importer_cache):
            if isinstance(key, str) and (key == self.run_dir or key.startswith(prefix)):
                del sys.path_importer_cache[key]
        sys.excepthook, sys.displayhook, sys.unraisablehook = self.saved_hooks
        sys.setrecursionlimit(self.saved_limits[0])
        sys.set_int_max_str_digits(self.saved_limits[1])
        sys.settrace(self.saved_trace[0])
        sys.setprofile(self.saved_trace[1])
        sys.meta_path[:] = self.saved_meta_path
        for sig, handler in self.saved_signals.items():
            if signal.getsignal(sig) is not handler:
                signal.signal(sig, handler)
        for tool in range(6):
            if tool not in self.saved_tools and sys.monitoring.get_tool(tool) is not None:
                sys.monitoring.clear_tool_id(tool)
                sys.monitoring.free_tool_id(tool)
        sys.path_hooks[:] = self.saved_path_hooks
        # weakref.finalize's exit hook marks the class as shut down (later finalizers would never run)
        # and unregisters itself: as in a fresh interpreter, the next program starts with neither.
        weakref_module = sys.modules.get('weakref')
        if weakref_module is not None:
            weakref_module.finalize._registry.clear()
            weakref_module.finalize._shutdown = False
            weakref_module.finalize._registered_with_atexit = False
        warnings.filters = self.saved_filters_list
        warnings.filters[:] = self.saved_filters
        warnings._filters_mutated()
        warnings.showwarning, warnings.formatwarning, warnings.defaultaction = self.saved_warning_hooks
        warnings.onceregistry.clear()
        # State that lives on in modules the program imported and that stay cached between runs: the
        # decimal module's current context (a context variable of this thread) and logging's handlers.
        dec = sys.modules.get('decimal')
        if dec is not None:
            d = dec.DefaultContext
            d.prec, d.rounding, d.Emin, d.Emax, d.capitals, d.clamp = 28, dec.ROUND_HALF_EVEN, -999999, 999999, 1, 0
            d.clear_flags()
            d.clear_traps()
            for t in (dec.InvalidOperation, dec.DivisionByZero, dec.Overflow):
                d.traps[t] = True
            dec.setcontext(dec.Context())
        log = sys.modules.get('logging')
        if log is not None:
            for h in list(log.root.handlers):
                log.root.removeHandler(h)
            log.root.setLevel(log.WARNING)
            log.Logger.manager.loggerDict.clear()
            log.disable(log.NOTSET)
        os.chdir(self.saved_cwd)
        os.environ.clear()
        os.environ.update(self.saved_environ)
        shutil.rmtree(self.run_dir, ignore_errors=True)
        importlib.invalidate_caches()
        gc.collect()


def _flush(run):
    for stream in (sys.stdout, sys.stderr, run.stdout, run.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


def begin(run_dir, main_rel, argv, environ):
    """Prepares a run of <run_dir>/<main_rel>. Returns (run, code, globals); code is None when the
    script does not compile. The caller executes code in globals straight from JavaScript, so that no
    frame of ours sits under the program's <module> frame (recursion depth is then exactly CPython's)."""
    run = _Run(run_dir, main_rel, list(argv), dict(environ))
    try:
        code = run.compile()
    except BaseException:
        run.restore()
        raise
    return run, code, run.main.__dict__
