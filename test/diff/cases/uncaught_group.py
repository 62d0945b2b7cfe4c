# exit: 1
# An uncaught ExceptionGroup (with a nested group) after except* handled part of it.
def run_tasks():
    errors = []
    for i, task in enumerate(["ok", "bad-int", "ok", "missing", "bad-int"]):
        try:
            if task == "bad-int":
                int("x")
            elif task == "missing":
                {}["key"]
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("task failures", [*errors, ExceptionGroup("nested", [TypeError("inner type error")])])

try:
    run_tasks()
except* KeyError as handled:
    print("handled", len(handled.exceptions), "KeyError(s)")
