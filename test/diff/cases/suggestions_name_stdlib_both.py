# exit: 1
# Both hints: a close name exists and the name is a standard library module.
def work():
    tim = 3
    return time.time()
work()
