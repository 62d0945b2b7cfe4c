# exit: 1
# An uncaught custom exception with a multi-line message, extra args and notes.
class ValidationError(Exception):
    def __init__(self, field, problems):
        super().__init__(field, problems)
        self.field = field
        self.problems = problems
    def __str__(self):
        lines = [f"{self.field} is invalid:"] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

err = ValidationError("email", ["missing @", "too short"])
err.add_note("checked by validate_user()")
err.add_note("see the user guide")
print("validating")
raise err
