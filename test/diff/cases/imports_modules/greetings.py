# A plain module with state and a __main__ guard that must not run on import.
print("greetings: module code runs, __name__ =", __name__)
DEFAULT = "hello"
calls = 0

def greet(name):
    global calls
    calls += 1
    return f"{DEFAULT}, {name}!"

def greet_default():
    return DEFAULT

if __name__ == "__main__":
    print("this must not print on import")
