# argv: ["alpha", "two words", "--flag=3", "ünïcode"]
# stdin: first line\nsecond line\n
# The sys module: argv (basename only: the directory differs between runs), maxsize, version_info
# fields that are identical everywhere, byteorder, float_info, getrecursionlimit, modules, path[0]
# being the script directory, stdin/stdout/stderr objects, exc_info, intern. pyodide is a 32-bit
# CPython, so nothing that depends on the word size (maxsize value, hash_info, sizes) is printed.
import sys
import os

print("argv[0] basename:", os.path.basename(sys.argv[0]))
print("argv[1:]:", sys.argv[1:])
print("argc:", len(sys.argv))
print("maxsize:", type(sys.maxsize).__name__, sys.maxsize in (2 ** 31 - 1, 2 ** 63 - 1), sys.maxsize > 0)
print("version_info[:2]:", sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print("version_info >= (3, 10):", sys.version_info >= (3, 10))
print("implementation name:", sys.implementation.name)
print("byteorder:", sys.byteorder)
print("float_info:", sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print("int_info bits_per_digit is int:", type(sys.int_info.bits_per_digit).__name__)
print("maxunicode:", sys.maxunicode)
print("recursion limit:", sys.getrecursionlimit())
print("path[0] is script dir:", sys.path[0] == os.path.dirname(os.path.abspath(sys.argv[0])))
print("cwd is script dir:", os.getcwd() == sys.path[0])
print("__main__ in modules:", "__main__" in sys.modules, sys.modules["__main__"].__name__)
print("sys in modules:", sys.modules["sys"] is sys)
print("stdout encoding:", sys.stdout.encoding, sys.stderr.encoding)
print("stdout write returns:", sys.stdout.write("written directly\n"))
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print("stdin readline:", repr(sys.stdin.readline()))
print("stdin rest:", repr(sys.stdin.read()))
print("stdin at EOF:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
print("exc_info outside handler:", sys.exc_info())
print("intern:", sys.intern("abc") == "abc")
print("flags.optimize:", sys.flags.optimize)
print("dont_write_bytecode is bool:", type(sys.dont_write_bytecode).__name__)
print("getdefaultencoding:", sys.getdefaultencoding())
print("builtin_module_names has sys:", "sys" in sys.builtin_module_names)
print("hash_info inf/nan/imag:", sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print("platform is str:", isinstance(sys.platform, str))
print("executable is str:", isinstance(sys.executable, str))
print("float_repr_style:", sys.float_repr_style)
print("_getframe name:", sys._getframe().f_code.co_name)
def frame_demo():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print("frames:", frame_demo())
print("displayhook exists:", callable(sys.displayhook), callable(sys.excepthook))
print("stderr output follows")
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stdout.flush()
print("done")
