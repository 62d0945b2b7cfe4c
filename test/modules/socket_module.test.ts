// Checks the _socket module (socket.py on top of it) and select.select over its in-memory socket pairs:
// the expected lines were printed by CPython on Linux running the same program (socketpair needs a real
// OS: pyodide cannot make one), CPython 3.11 for the socket behaviour, which 3.14 keeps; the error
// messages that changed since (htons of a negative int) are CPython 3.14's, checked with pyodide.
// Also: descriptor numbers come from the VM's own range, and what needs a network says so.
import { describe, expect, it } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';
import { runSource } from '../vm/run_source.js';

const PROGRAM = String.raw`import socket, select, errno, os
a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
print(a.getsockname() == '', a.getpeername() == '')
print(a.send(b"hello"), b.recv(3), b.recv(100))
a.setblocking(False); b.setblocking(False)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN, e.strerror)
print(select.select([a, b], [a, b], [], 0) == ([], [a, b], []))
a.sendall(b"xyz")
r, w, x = select.select([a, b], [], [], 0)
print(r == [b], w, x)
print(b.recv(1, socket.MSG_PEEK), b.recv(10))
buf = bytearray(5)
a.send(b"abc")
print(b.recv_into(buf), buf)
a.shutdown(socket.SHUT_WR)
print(select.select([b], [], [], 0)[0] == [b], b.recv(10))
try:
    a.send(b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno == errno.EPIPE)
fd = a.fileno()
a.close()
print(a.fileno(), a._closed)
for f in (lambda: a.send(b"x"), lambda: a.recv(1), lambda: a.getsockname(), lambda: b.recv(-1), lambda: b.send("s")):
    try:
        f()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e.strerror if isinstance(e, OSError) else e)
print(b.recv(10))
b.close()
c, d = socket.socketpair()
c.settimeout(0.05)
try:
    c.recv(1)
except TimeoutError as e:
    print("TimeoutError", e)
try:
    c.settimeout(-1)
except ValueError as e:
    print("ValueError", e)
d.close()
print(c.recv(5))
c.close()
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("1.2.3"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
for f in (lambda: socket.inet_aton("1.2.3.4.5"), lambda: socket.inet_aton("256.1.1.1"), lambda: socket.inet_pton(socket.AF_INET, "1.2.3"), lambda: socket.inet_ntoa(b"ab"), lambda: socket.htons(-1), lambda: socket.inet_pton(socket.AF_INET, "01.2.3.4")):
    try:
        print(f())
    except (OSError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.family, s.type, s.gettimeout(), repr(s).startswith("<socket.socket fd="))
s.close()
print(socket.AF_UNIX, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_ERROR, socket.MSG_PEEK, socket.SHUT_RDWR)
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as u:
    print(u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(select.select([], [], [], 0))
for f in (lambda: select.select([], [], [], -1), lambda: select.select([], [], [], "x"), lambda: select.select([-1], [], [], 0), lambda: select.select(["a"], [], [], 0), lambda: select.select(1, [], [], 0), lambda: select.select()):
    try:
        print(f())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
with open(__file__) as fh:
    print(select.select([fh], [fh], [fh], 0) == ([fh], [fh], []))
`;

const EXPECTED = String.raw`socket 1 1 0 None True
True True
5 b'hel' b'lo'
0.0 False 0.0
BlockingIOError True Resource temporarily unavailable
True
True [] []
b'x' b'xyz'
3 bytearray(b'abc\x00\x00')
True b''
BrokenPipeError True
-1 True
OSError Bad file descriptor
OSError Bad file descriptor
OSError Bad file descriptor
ValueError negative buffersize in recv
TypeError a bytes-like object is required, not 'str'
b''
TimeoutError timed out
ValueError Timeout value out of range
b''
256 1 16777216 1
b'\x01\x02\x03\x04' b'\x01\x02\x00\x03' b'\x7f\x00\x00\x01' b'\x7f\x00\x00\x01'
127.0.0.1 b'\n\x00\x00\x01' 10.0.0.1
OSError illegal IP address string passed to inet_aton
OSError illegal IP address string passed to inet_aton
OSError illegal IP address string passed to inet_pton
OSError packed IP wrong length for inet_ntoa
ValueError Cannot convert negative int
OSError illegal IP address string passed to inet_pton
None
2 1 None True
1 1 1 4 2 2
1 0
([], [], [])
ValueError timeout must be non-negative
TypeError timeout must be a float or None
ValueError file descriptor cannot be a negative integer (-1)
TypeError argument must be an int, or have a fileno() method.
TypeError arguments 1-3 must be sequences
TypeError select expected at least 3 arguments, got 0
True
`;

describe('_socket and select on socket pairs, as CPython', () => {
  describeProgram('socket_module', PROGRAM, EXPECTED);
});

describe('_socket in a VM without a network', () => {
  it('numbers socket descriptors from 2**30, lowest free first, apart from Host files', async () => {
    const r = await runSource(String.raw`import socket, os
a, b = socket.socketpair()
print(a.fileno() - 2**30, b.fileno() - 2**30)
fd = os.open(__file__, os.O_RDONLY)
print(fd < 2**30)
a.close()
c, d = socket.socketpair()
print(c.fileno() - 2**30, d.fileno() - 2**30)
try:
    socket.socket(fileno=fd)
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    socket.socket(fileno=a.fileno() if a.fileno() >= 0 else 2**30 + 50)
except OSError as e:
    print(type(e).__name__, e.strerror)
os.close(fd)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0 1\nTrue\n0 2\nOSError Socket operation on non-socket\nOSError Bad file descriptor\n');
  });

  it('raises OSError naming the call for everything that needs a real network', async () => {
    const r = await runSource(String.raw`import socket
s = socket.socket()
for f in (lambda: s.connect(("127.0.0.1", 80)), lambda: s.bind(("", 0)), lambda: s.listen(),
          lambda: s.accept(), lambda: socket.getaddrinfo("localhost", 80),
          lambda: socket.gethostbyname("localhost"), lambda: socket.create_connection(("example.com", 80))):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)
s.close()
print(socket.has_ipv6)
`);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'OSError [Errno 38] socket.connect() needs a network, which pyrewind does not provide',
      'OSError [Errno 38] socket.bind() needs a network, which pyrewind does not provide',
      'OSError [Errno 38] socket.listen() needs a network, which pyrewind does not provide',
      'OSError [Errno 38] socket.accept() needs a network, which pyrewind does not provide',
      'OSError [Errno 38] socket.getaddrinfo() needs a network, which pyrewind does not provide',
      'OSError [Errno 38] socket.gethostbyname() needs a network, which pyrewind does not provide',
    ]);
    expect(lines[6]).toBe('OSError [Errno 38] socket.getaddrinfo() needs a network, which pyrewind does not provide');
    expect(lines[7]).toBe('False');
  });

  it('makes Unix-domain stream pairs only, as Linux does for the family', async () => {
    const r = await runSource(String.raw`import socket
for args in ((socket.AF_INET,), (socket.AF_UNIX, socket.SOCK_DGRAM)):
    try:
        socket.socketpair(*args)
    except (OSError, NotImplementedError) as e:
        print(type(e).__name__, e)
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(a.type, a.gettimeout(), a.getblocking())
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'OSError [Errno 95] Operation not supported\n' +
        "NotImplementedError socketpair(): pyrewind makes only SOCK_STREAM pairs (in memory)\n" +
        '1 0.0 False\n',
    );
  });
});
