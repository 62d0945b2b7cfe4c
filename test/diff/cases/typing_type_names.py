# What pyrewind's typing objects get wrong because of other parts of the VM: error messages naming a
# type use CPython's tp_name ('types.GenericAlias', 'typing.TypeVar'), `type[int]` is special-cased by
# subscription, type() refuses bases needing __mro_entries__, and copying/pickling uses __reduce__.
import types, typing

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

T = typing.TypeVar('T')
show('type subscript', lambda: (type[int], type[int].__origin__, type[str | None]))
show('setattr alias', lambda: setattr(list[int], 'x', 1))
show('alias or str', lambda: list[int] | 'x')
show('len alias', lambda: len(list[int]))
show('typevar dict', lambda: T.__dict__)
show('subclass TypeVar', lambda: type('X', (typing.TypeVar,), {}))
show('paramspec args hash', lambda: hash(typing.ParamSpec('P').args))
show('typevartuple or', lambda: typing.TypeVarTuple('Ts') | int)
show('alias module readonly', lambda: setattr(typing.TypeAliasType('A', int), '__module__', 'x'))
show('TypeAliasType module', lambda: (typing.TypeAliasType.__module__, typing.Union.__module__, types.GenericAlias.__module__))
show('type() with union base', lambda: type('X', (int | str,), {}))
show('type() with alias base', lambda: type('X', (list[int],), {}))
show('union reduce', lambda: (int | str).__reduce__())
show('method repr', lambda: repr(T.__typing_subst__).split(' of ')[1].split(' object')[0])
show('Union()', lambda: typing.Union())
