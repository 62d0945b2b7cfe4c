# exit: 1
# A keyword typo in the script itself: the script does not compile, and CPython's report of the
# SyntaxError ends with "invalid syntax. Did you mean 'while'?".
print("this line is never executed")
count = 3
for i in range(count):
    pass
whille count > 0:
    count -= 1
