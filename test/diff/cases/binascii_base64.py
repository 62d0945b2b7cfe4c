# binascii (hex with separators, base64 with strict mode, uuencode, quoted-printable, crc32/crc_hqx,
# Error/Incomplete) and the pure-Python modules built on it: base64 (all alphabets), quopri, uu-free
# uses in json/hmac/secrets/uuid.
import binascii as b

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b.Error.__mro__, b.Incomplete.__mro__, issubclass(b.Error, ValueError))
print(sorted(n for n in dir(b) if not n.startswith('_')))

print('-- hex')
data = bytes(range(0, 256, 17))
show('hexlify', lambda: b.hexlify(data))
show('b2a_hex', lambda: b.b2a_hex(data, '-'))
for n in (1, 2, 3, -3, 0, 100, -100):
    show('sep %d' % n, lambda: b.hexlify(data, b':', n))
show('sep long', lambda: b.hexlify(data, '::'))
show('sep latin', lambda: b.hexlify(b'ab', '\xe9'))
show('sep wide', lambda: b.hexlify(b'ab', '\u0100'))
show('sep int', lambda: b.hexlify(b'ab', 3))
show('sep big', lambda: b.hexlify(b'ab', ':', 2**40))
show('str', lambda: b.hexlify('ab'))
show('unhexlify', lambda: b.unhexlify('0aFf10'))
show('unhexlify bytes', lambda: b.a2b_hex(bytearray(b'cafe')))
show('odd', lambda: b.unhexlify('abc'))
show('bad', lambda: b.unhexlify('zz'))
show('non-ascii', lambda: b.unhexlify('\xe9\xe9'))
show('int', lambda: b.unhexlify(12))
show('memoryview', lambda: b.hexlify(memoryview(b'xyz')))

print('-- base64')
for s in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(60))]:
    enc = b.b2a_base64(s)
    print(enc, b.b2a_base64(s, newline=False), b.a2b_base64(enc) == s)
for s in ['aGVsbG8=', 'aGVsbG8', 'aGVsbG', 'a', 'aGVs bG8=!!', 'ab=c==', 'ab==cd', 'abc=def', 'abcde',
          '', '====', 'YQ==YQ==', 'Y Q = =', 'YQ=\n=', '\xe9']:
    show('a2b %r' % s, lambda: b.a2b_base64(s))
    show('   strict', lambda: b.a2b_base64(s, strict_mode=True))
show('b2a str', lambda: b.b2a_base64('x'))
show('b2a positional', lambda: b.b2a_base64(b'x', False))

print('-- uu')
for s in [b'', b'h', b'hello world', bytes(range(45))]:
    enc = b.b2a_uu(s)
    print(enc, b.b2a_uu(s, backtick=True), b.a2b_uu(enc) == s)
for s in [b'', b'\n', b'#86)C', b'#86)C   \n', b'#86)C!!', b'~~~', b'!', '#86)C']:
    show('a2b_uu %r' % s, lambda: b.a2b_uu(s))
show('too long', lambda: b.b2a_uu(b'x' * 46))

print('-- qp')
for s in [b'hello = world\t\nfoo \r\nbar\xff.', b'a_b c', b'x' * 100, b'.\n.a', b'From here', b'tab\tend\t',
          b'line\r\nline2 \r\n', b'\x00\x7f=\r']:
    print(b.b2a_qp(s), b.b2a_qp(s, quotetabs=True), b.b2a_qp(s, istext=False), b.b2a_qp(s, header=True))
for s in [b'a=3Db=\nc=ZZ=4', b'a_b', b'=\r\nabc=41=4a=4G', b'abc=', 'hello=20', b'==41']:
    show('a2b_qp %r' % s, lambda: (b.a2b_qp(s), b.a2b_qp(s, header=True)))

print('-- crc')
print(b.crc32(b''), b.crc32(b'hello'), b.crc32(b'hello', 12345), b.crc32(b'hello', -1), b.crc32(b'hello', 2**40))
print(b.crc32(b' world', b.crc32(b'hello')) == b.crc32(b'hello world'))
print(b.crc_hqx(b'hello', 0), b.crc_hqx(b'hello', 0xffff), b.crc_hqx(b'hello', -1), b.crc_hqx(b'', 0x12345))
show('crc32 str', lambda: b.crc32('abc'))
show('crc_hqx one', lambda: b.crc_hqx(b'a'))

print('-- base64 module')
import base64
raw = bytes(range(0, 256, 7))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode)]:
    e = enc(raw)
    print(enc.__name__, e[:40], dec(e) == raw)
print(base64.encodebytes(raw * 3))
print(base64.standard_b64decode('aGk='), base64.b64decode(b'aGk', altchars=None, validate=False) if False else '')
show('validate', lambda: base64.b64decode('aG k=', validate=True))
show('padding', lambda: base64.b64decode('aGk'))
show('b32 bad', lambda: base64.b32decode('MFRGG=='))
print(base64.z85encode(b'12345678'), base64.z85decode(b'f!$Kwh8WxM'))

print('-- quopri, json, hmac, secrets, uuid')
import quopri, json, hmac, hashlib, secrets, uuid
print(quopri.encodestring(b'h\xe9llo = world\n'), quopri.decodestring(b'h=E9llo =3D world'))
print(quopri.encodestring(b'a b', quotetabs=True), quopri.encodestring(b'a_b c', header=True))
print(json.dumps({'k': [1, 'x\u00e9', None]}, ensure_ascii=True), json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(hmac.new(b'key', b'message', hashlib.sha256).hexdigest(), hmac.digest(b'k', b'm', 'md5').hex())
print(len(secrets.token_bytes(16)), len(secrets.token_hex(16)), secrets.compare_digest('a', 'a'))
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}').hex, uuid.uuid3(uuid.NAMESPACE_URL, 'x'),
      uuid.uuid5(uuid.NAMESPACE_OID, 'y'), uuid.UUID(bytes=bytes(16)).urn, uuid.uuid4().version)

print('-- argument errors')
show('a2b_uu none', lambda: b.a2b_uu())
show('a2b_base64 none', lambda: b.a2b_base64())
show('a2b_base64 kw', lambda: b.a2b_base64(data='x'))
show('crc32 kw', lambda: b.crc32(b'', crc=1))
show('b2a_qp none', lambda: b.b2a_qp())
show('b2a_qp kw', lambda: b.b2a_qp(data=b'a b', header=1))
show('hexlify kw', lambda: b.hexlify(data=b'ab', sep='-', bytes_per_sep=1))
print(b.__doc__, b.Error('x').__module__, b.hexlify.__module__)
