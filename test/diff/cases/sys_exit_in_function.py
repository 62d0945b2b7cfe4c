# exit: 42
# sys.exit deep in a call stack, passing through except Exception (which does not catch SystemExit),
# with blocks and finally clauses.
import sys

class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release on", exc[0].__name__)
        return False

def level3():
    with Resource():
        sys.exit(42)

def level2():
    try:
        level3()
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except BaseException as e:
        print("level1 saw", type(e).__name__, e.code)
        raise

level1()
