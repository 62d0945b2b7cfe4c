# exit: 1
# A misspelt builtin.
prnt("hello")
