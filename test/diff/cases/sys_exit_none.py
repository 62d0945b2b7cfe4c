# sys.exit() with no argument, after catching and re-raising SystemExit once: status 0.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
import atexit
atexit.register(lambda: print("atexit handler runs at exit"))
print("exiting with None")
sys.exit()
