import warnings

LIMIT = 3
if LIMIT is 3:
    pass


def dep_here():
    warnings.warn("hidden deprecation", DeprecationWarning)


def dep_caller():
    warnings.warn("deprecation for the caller", DeprecationWarning, stacklevel=2)


def user_warning():
    warnings.warn("from noisy")
