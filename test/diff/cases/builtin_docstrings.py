# __doc__ and __text_signature__ of built-in functions, types, methods and descriptors (CPython's own
# texts), which inspect.signature reads for built-ins.
import math, itertools, sys, time
print(len.__doc__)
print(len.__text_signature__, abs.__text_signature__, print.__text_signature__)
print(int.__doc__.splitlines()[0], '|', int.__text_signature__)
print(list.__doc__, '|', list.__text_signature__)
print(list.append.__doc__, list.append.__text_signature__)
print([].append.__doc__, [].append.__text_signature__)
print(dict.fromkeys.__doc__, dict.fromkeys.__text_signature__)
print(dict.__dict__['fromkeys'].__doc__)
print(repr(dict.__dict__['fromkeys']), dict.__dict__['fromkeys'].__qualname__)
print(str.maketrans.__doc__.splitlines()[0])
print(math.sqrt.__doc__, math.sqrt.__text_signature__)
print(itertools.chain.__doc__.splitlines()[0])
print(ValueError.__doc__, KeyError.__doc__)
print(int.real.__doc__, '|', complex.imag.__doc__)
print(list.__len__.__doc__, list.__len__.__text_signature__)
print([].__len__.__doc__)
print(object.__doc__, '|', object.__text_signature__, '|', type.__text_signature__)
print(str.upper.__doc__)
print(sys.exit.__doc__.splitlines()[0], time.time.__doc__.splitlines()[0])
class Mine:
    """my doc"""
    def m(self):
        "method doc"
print(Mine.__doc__, Mine.m.__doc__, Mine.__text_signature__, Mine().m.__doc__)
print(type(None).__doc__, range.__doc__.splitlines()[0])
print(sorted.__doc__.splitlines()[0], isinstance.__text_signature__)
