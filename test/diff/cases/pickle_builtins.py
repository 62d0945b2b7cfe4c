# Built-in functions, methods and method descriptors pickle by reference (their __reduce__),
# so containers of them, arrays and partials round-trip through every protocol.
import pickle, operator, functools, copy, array, collections

print(len.__reduce__(), [].append.__reduce__()[1][1], list.append.__reduce__(), (1).__add__.__reduce__()[1])
print(dict.fromkeys.__reduce__()[1][1] if hasattr(dict.fromkeys, '__reduce__') else None)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    fns = pickle.loads(pickle.dumps([len, max, operator.add, functools.reduce, list.append], proto))
    print(proto, fns[0] is len, fns[1] is max, fns[2] is operator.add, fns[4] is list.append)
    bound = pickle.loads(pickle.dumps([1, 2].append, proto))
    print(' bound', bound.__self__, bound.__name__)
    a = pickle.loads(pickle.dumps(array.array('h', [1, -2, 3]), proto))
    print(' array', a, a.typecode)
    p = pickle.loads(pickle.dumps(functools.partial(max, 3), proto))
    print(' partial', p(1), p(7))
    d = pickle.loads(pickle.dumps(collections.defaultdict(list, a=[1]), proto))
    print(' defaultdict', d, d['new'])
print(copy.deepcopy(len) is len, copy.copy([].append).__name__)
