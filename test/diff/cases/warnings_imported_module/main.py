# Warnings from imported modules: compile-time SyntaxWarnings of a module (CPython would stay silent
# when it loads a .pyc, so bytecode writing is off), warnings.warn inside it with its module name, and
# DeprecationWarning hidden for modules other than __main__ unless stacklevel points to __main__.
import sys
sys.dont_write_bytecode = True
import warnings

print("importing")
sys.stdout.flush()
import noisy
noisy.dep_here()
noisy.dep_caller()
noisy.user_warning()
noisy.user_warning()
with warnings.catch_warnings():
    warnings.filterwarnings("error", module="noisy")
    try:
        noisy.user_warning()
    except UserWarning as e:
        print("module filter:", e)
print("registry:", sorted(k for k in vars(noisy)["__warningregistry__"] if k != "version"))
