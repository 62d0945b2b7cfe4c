# Compile-time warnings: SyntaxWarning from CPython's compiler for the main script, for compile() and
# exec() of strings, filtered by the warnings filters; "error" turns them into SyntaxError.
import sys
import warnings

x = 1
if x is 1:
    print("identity of small ints")
pattern = "\d+"
print(len(pattern))
sys.stdout.flush()

code = compile("y = 2\nif y is 2: pass\n", "<compiled>", "exec")
exec(code)
exec("z = 'a' is 'a'")
print(eval("3 is 3"))
sys.stdout.flush()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("s = '\\q'", "snippet.py", "exec")
print([(w.category.__name__, w.filename, w.lineno, str(w.message)) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    compile("q = 1 is 1", "quiet.py", "exec")
    print("ignored")

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("w = 1\nv = w is 1\n", "strict.py", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)

for i in range(2):
    compile("r = 5 is 5", "<twice>", "exec")   # each compile warns again
print("end")
