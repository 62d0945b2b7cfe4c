# marshal.loads of hand-made data: negative container sizes, and a tuple holding itself through a
# back reference (the reader registers a tuple before reading its items, as CPython's does).
import marshal
for data in [b'[\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'<\xff\xff\xff\xff', b'\xa9\x01r\x00\x00\x00\x00', b'\xa9\x02r\x00\x00\x00\x00N', b')\x00', b'[\x00\x00\x00\x00']:
    try:
        v = marshal.loads(data)
        print(repr(v), type(v).__name__, (v[0] is v) if isinstance(v, tuple) and v else '')
    except Exception as e:
        print(type(e).__name__, e)
