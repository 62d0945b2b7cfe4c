# exit: 3
# sys.exit with an int: output before the exit is kept, finally blocks run, code after does not.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
