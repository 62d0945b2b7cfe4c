# iter(str) is a str_ascii_iterator for all-ASCII strings and a str_iterator otherwise.
for s in ['abc', 'é', '', '\x7f', '\x80', '😀', 'a😀', 'ab' * 100 + 'é']:
    it = iter(s)
    print(repr(s[:5]), type(it).__name__, type(it), it.__length_hint__(), list(it)[:3])
print(type(reversed('abc')).__name__, type(iter('é')) is type(iter('ü')), type(iter('a')) is type(iter('é')))
try:
    type(iter('a'))()
except TypeError as e:
    print(e)

# Container iterator types have no constructor.
for it in (iter([]), iter(()), iter('a'), iter('é'), iter(range(1)), iter({}), iter(set()), iter(b''), reversed([])):
    try:
        print(type(it)())
    except TypeError as e:
        print(e)
print(type(iter(type('S', (str,), {})('abc'))).__name__)
