# exit: 1
# Exiting through SystemExit with unusual codes: exit() builtin, a tuple code (printed), raise SystemExit.
import sys
for code in (0, 7, True, None):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("code", repr(e.code))
try:
    exit(2)
except SystemExit as e:
    print("exit() builtin code", e.code)
try:
    quit(4)
except SystemExit as e:
    print("quit() builtin code", e.code)
print("now exiting with a list")
raise SystemExit(["not", "an", "int"])
