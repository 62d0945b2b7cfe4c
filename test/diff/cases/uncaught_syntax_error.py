# exit: 1
# The main script does not compile: nothing runs, the SyntaxError is reported without a traceback header.
print("this line is never executed")
def broken(:
    pass
