// The _socket module (CPython's Modules/socketmodule.c) for a VM without a network: the socket type,
// Linux's constants, the error classes, the pure conversions (htons, inet_aton, inet_pton...) and
// socketpair(), whose two connected stream sockets live in memory (socket_table.ts), their descriptors
// in the VM's descriptor table (vm_descriptors.ts). That is what
// socket.py, selectors and asyncio's event loop (its self-pipe) need.
//
// Everything that needs a real network (connect, bind, listen, accept, getaddrinfo, gethostbyname...)
// raises OSError(ENOSYS) saying so; nothing here pretends to have done network I/O.

import { PyInstance, PyType, PyValue, makeBuiltinType, typeType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, defMethod, defGetSet, bindArgs, noArgs, oneArg, argRange } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { exceptionType, PyBaseException } from '../objects/exceptions.js';
import { asIndex, truthy } from '../runtime/protocols.js';
import { typeError, valueError, overflowError, notImplementedError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { HostOSError } from '../host.js';
import { readableBuffer, bytesArg, writableBuffer } from './io/buffers.js';
import { posixError } from './posix.js';
import { errnoNumber, strerror } from './errno.js';
import { registerNativeModule } from './registry.js';
import { SocketEnd, connectedPair } from './socket_table.js';
import { vmDescriptors } from './vm_descriptors.js';
import { waitUntil } from './fd_wait.js';
import { retryableCalls } from '../runtime/threads.js';
import type { Interpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_ERROR = 4;
const SO_SNDBUF = 7;
const SO_RCVBUF = 8;
const SO_ACCEPTCONN = 30;
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;
const MSG_PEEK = 2;
const MSG_DONTWAIT = 0x40;
/** Only asks not to raise SIGPIPE, which CPython ignores anyway. */
const MSG_NOSIGNAL = 0x4000;

const errno = (name: string): number => errnoNumber(name)!;
const EBADF = errno('EBADF');
const EAGAIN = errno('EAGAIN');
const EPIPE = errno('EPIPE');
const EINVAL = errno('EINVAL');
const ENOSYS = errno('ENOSYS');
const ENOTCONN = errno('ENOTCONN');
const ENOTSOCK = errno('ENOTSOCK');
const EAFNOSUPPORT = errno('EAFNOSUPPORT');
const EOPNOTSUPP = errno('EOPNOTSUPP');
const ENOPROTOOPT = errno('ENOPROTOOPT');
const ESOCKTNOSUPPORT = errno('ESOCKTNOSUPPORT');

/** OSError for an errno, worded as the C library words it. */
function osError(code: number): PyBaseException {
  return posixError(code, strerror(code));
}

/** What the functions that need a real network raise. */
function noNetwork(what: string): PyBaseException {
  return posixError(ENOSYS, `${what} needs a network, which pyrewind does not provide`);
}

// ---- the error classes --------------------------------------------------------------------------------

function errorClass(name: string, base: string): PyType {
  const t = new PyType(typeType, name, [exceptionType(base)], 'socket');
  t.hasInstanceDict = true;
  t.attrs.set('__module__', 'socket');
  return t;
}
const herror = errorClass('herror', 'OSError');
const gaierror = errorClass('gaierror', 'OSError');

// ---- the socket type ----------------------------------------------------------------------------------

export const socketType = makeBuiltinType('socket', undefined, '_socket');
socketType.doc = 'socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n' +
  'socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n' +
  'Open a socket of the given type.';

export class PySocket extends PyInstance {
  /** The descriptor, -1 once closed or detached. */
  fd = -1;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** Seconds; -1 is None (blocking), 0 non-blocking. */
  timeout = -1;
  end: SocketEnd | null = null;
}
socketType.allocate = (cls) => new PySocket(cls);

/** The module's default timeout for new sockets (setdefaulttimeout), -1 for None. */
let defaultTimeout = -1;

function sock(v: PyValue): PySocket {
  return v as PySocket;
}

/** The open end of a socket, or OSError(EBADF) once it is closed. */
function openEnd(s: PySocket): SocketEnd {
  if (s.fd < 0 || s.end === null) throw osError(EBADF);
  return s.end;
}

/** PyLong_AsInt: an int argument that fits a C int. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError('Python int too large to convert to C int');
  }
  return n;
}

function setTimeout(s: PySocket, timeout: number): void {
  s.timeout = timeout;
  // CPython implements every timeout with a non-blocking descriptor and poll().
  if (s.end !== null) s.end.nonblocking = timeout >= 0;
}

/** socket_parse_timeout: None, or non-negative seconds. */
function parseTimeout(v: PyValue): number {
  if (v === None) return -1;
  let t: number;
  if (v instanceof PyFloat) t = v.value;
  else t = Number(asIndex(v));
  if (Number.isNaN(t)) throw valueError('Invalid value NaN (not a number)');
  if (t < 0) throw valueError('Timeout value out of range');
  return t;
}

defMethod(socketType, '__init__', (self, args, kw) => {
  const [f, t, p, fileno] = bindArgs('socket', ['family', 'type', 'proto', 'fileno'], args, kw);
  const s = sock(self);
  const interp = currentInterpreter();
  let family = f === undefined ? -1 : cInt(f);
  let type = t === undefined ? -1 : cInt(t);
  let proto = p === undefined ? -1 : cInt(p);
  if (fileno !== undefined && fileno !== None) {
    if (fileno instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    const fd = cInt(fileno);
    if (fd < 0) throw valueError('negative file descriptor');
    const file = vmDescriptors(interp.host).get(fd);
    if (!(file instanceof SocketEnd)) throw osError(notASocket(interp, fd));
    const end = file;
    if (family === -1) family = end.family;
    if (type === -1) type = end.type;
    if (proto === -1) proto = end.proto;
    s.fd = fd;
    s.end = end;
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    if (family !== AF_UNIX && family !== AF_INET && family !== AF_INET6) throw osError(EAFNOSUPPORT);
    const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM && base !== SOCK_SEQPACKET) throw osError(ESOCKTNOSUPPORT);
    const end = new SocketEnd(family, base, proto);
    s.fd = vmDescriptors(interp.host).open(end, 'vm-only');
    s.end = end;
  }
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
  setTimeout(s, type & SOCK_NONBLOCK ? 0 : defaultTimeout);
  return None;
});

/** Why a descriptor that is not an open socket cannot be one: closed, or some other file. */
function notASocket(interp: Interpreter, fd: number): number {
  const fds = vmDescriptors(interp.host);
  if (fds.get(fd) !== undefined) return ENOTSOCK;
  if (fds.isVmOnly(fd)) return EBADF;
  const stat = interp.host.fileStat;
  if (stat === undefined) return EBADF;
  try {
    stat.call(interp.host, fd, true);
    return ENOTSOCK;
  } catch (e) {
    if (e instanceof HostOSError) return EBADF;
    throw e;
  }
}

defMethod(socketType, '__repr__', (self) => {
  const s = sock(self);
  return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
});

defMethod(socketType, 'close', (self, args, kw) => {
  noArgs('close', args, kw);
  const s = sock(self);
  if (s.fd >= 0) {
    vmDescriptors(currentInterpreter().host).closeVm(s.fd);
    s.fd = -1;
  }
  return None;
});

defMethod(socketType, 'detach', (self, args, kw) => {
  noArgs('detach', args, kw);
  const s = sock(self);
  const fd = s.fd;
  s.fd = -1;
  return fd;
});

defMethod(socketType, 'fileno', (self, args, kw) => {
  noArgs('fileno', args, kw);
  return sock(self).fd;
});

defMethod(socketType, 'setblocking', (self, args, kw) => {
  const flag = oneArg('setblocking', args, kw);
  const s = sock(self);
  const blocking = truthy(flag);
  openEnd(s);
  setTimeout(s, blocking ? -1 : 0);
  return None;
});

defMethod(socketType, 'getblocking', (self, args, kw) => {
  noArgs('getblocking', args, kw);
  return sock(self).timeout !== 0;
});

defMethod(socketType, 'settimeout', (self, args, kw) => {
  const t = parseTimeout(oneArg('settimeout', args, kw));
  const s = sock(self);
  openEnd(s);
  setTimeout(s, t);
  return None;
});

const timeoutValue = (s: PySocket): PyValue => (s.timeout < 0 ? None : new PyFloat(s.timeout));
defMethod(socketType, 'gettimeout', (self, args, kw) => {
  noArgs('gettimeout', args, kw);
  return timeoutValue(sock(self));
});
defGetSet(socketType, 'timeout', (self) => timeoutValue(sock(self)));
defGetSet(socketType, 'family', (self) => sock(self).family);
defGetSet(socketType, 'type', (self) => sock(self).type);
defGetSet(socketType, 'proto', (self) => sock(self).proto);

/** The connected end of a socket for send/recv: EBADF when closed, ENOTCONN when never connected. */
function connectedEnd(s: PySocket): SocketEnd {
  const end = openEnd(s);
  if (end.peer === null) throw osError(ENOTCONN);
  return end;
}

/**
 * Wait for an end to become ready the way the socket's timeout says: BlockingIOError at once when
 * non-blocking, TimeoutError('timed out') after a timeout, no limit when blocking.
 */
function awaitReady(s: PySocket, flags: number, ready: () => boolean, what: string): void {
  if (ready()) return;
  if (s.timeout === 0 || (flags & MSG_DONTWAIT) !== 0) throw osError(EAGAIN);
  const ok = waitUntil(currentInterpreter(), s.timeout < 0 ? null : s.timeout, ready, what);
  if (!ok) throw new PyBaseException(exceptionType('TimeoutError'), ['timed out']);
}

function checkFlags(flags: number, allowed: number, what: string): void {
  if ((flags & ~allowed) !== 0) throw notImplementedError(`${what}: pyrewind's in-memory sockets do not support flags 0x${(flags & ~allowed).toString(16)}`);
}

/** Send as much of data as fits now (after waiting as the timeout says); the count sent. */
function sendSome(s: PySocket, data: Uint8Array, flags: number, what: string): number {
  const end = connectedEnd(s);
  checkFlags(flags, MSG_DONTWAIT | MSG_NOSIGNAL, what);
  const peer = end.peer!;
  if (data.length === 0) return 0;
  awaitReady(s, flags, () => end.writable(), what);
  if (end.writeShut || peer.refs === 0) throw osError(EPIPE);
  return end.sendTo(data);
}

defMethod(socketType, 'send', (self, args, kw) => {
  argRange('send', args, kw, 1, 2);
  const data = bytesArg(args[0]);
  const flags = args.length > 1 ? cInt(args[1]) : 0;
  return sendSome(sock(self), data, flags, 'send()');
});

defMethod(socketType, 'sendall', (self, args, kw) => {
  argRange('sendall', args, kw, 1, 2);
  const data = bytesArg(args[0]).slice();
  const flags = args.length > 1 ? cInt(args[1]) : 0;
  let at = 0;
  do at += sendSome(sock(self), data.subarray(at), flags, 'sendall()');
  while (at < data.length);
  return None;
});

/** Receive up to n bytes (after waiting as the timeout says); empty at end of file. */
function receive(s: PySocket, n: number, flags: number, what: string): Uint8Array {
  const end = connectedEnd(s);
  checkFlags(flags, MSG_PEEK | MSG_DONTWAIT, what);
  if (n === 0) return new Uint8Array(0);
  awaitReady(s, flags, () => end.readable(), what);
  if (end.readShut) return new Uint8Array(0);
  return end.receive(n, (flags & MSG_PEEK) !== 0);
}

defMethod(socketType, 'recv', (self, args, kw) => {
  argRange('recv', args, kw, 1, 2);
  const n = cInt(args[0]);
  const flags = args.length > 1 ? cInt(args[1]) : 0;
  if (n < 0) throw valueError('negative buffersize in recv');
  return new PyBytes(receive(sock(self), n, flags, 'recv()'));
});

defMethod(socketType, 'recv_into', (self, args, kw) => {
  const [buf, nb, fl] = bindArgs('recv_into', ['buffer', 'nbytes', 'flags'], args, kw, 1);
  const target = writableBuffer('recv_into', buf!);
  let n = nb === undefined ? 0 : cInt(nb);
  const flags = fl === undefined ? 0 : cInt(fl);
  if (n < 0) throw valueError('negative buffersize in recv_into');
  if (n === 0) n = target.length;
  if (target.length < n) throw valueError('buffer too small for requested bytes');
  const got = receive(sock(self), n, flags, 'recv_into()');
  target.set(got);
  return got.length;
});

// These wait before doing anything: with threads, called from Python code they park their thread.
for (const name of ['send', 'recv', 'recv_into']) retryableCalls.add(socketType.attrs.get(name)!);

defMethod(socketType, 'shutdown', (self, args, kw) => {
  const how = cInt(oneArg('shutdown', args, kw));
  const s = sock(self);
  const end = openEnd(s);
  if (how < 0 || how > 2) throw osError(EINVAL);
  if (end.peer === null) throw osError(ENOTCONN);
  if (how !== 1) {
    end.readShut = true;
    end.discard();
  }
  if (how !== 0) {
    end.writeShut = true;
    end.peer.peerDone = true;
  }
  return None;
});

/** The address of an unnamed or unbound socket of each family. */
function unboundAddress(family: number): PyValue {
  if (family === AF_UNIX) return '';
  if (family === AF_INET6) return new PyTuple(['::', 0, 0, 0]);
  return new PyTuple(['0.0.0.0', 0]);
}

defMethod(socketType, 'getsockname', (self, args, kw) => {
  noArgs('getsockname', args, kw);
  const s = sock(self);
  openEnd(s);
  return unboundAddress(s.family);
});

defMethod(socketType, 'getpeername', (self, args, kw) => {
  noArgs('getpeername', args, kw);
  const s = sock(self);
  const end = openEnd(s);
  // Only socketpair() connects sockets here, and its Unix-domain peers are unnamed.
  if (end.peer === null || s.family !== AF_UNIX) throw osError(ENOTCONN);
  return '';
});

defMethod(socketType, 'setsockopt', (self, args, kw) => {
  argRange('setsockopt', args, kw, 3, 4);
  const end = openEnd(sock(self));
  const level = cInt(args[0]);
  const opt = cInt(args[1]);
  let value: number | Uint8Array;
  if (args.length === 4) {
    if (args[2] !== None) throw typeError('setsockopt() takes an int, a buffer, or None with an optlen');
    value = new Uint8Array(cInt(args[3]));
  } else {
    const buf = readableBuffer(args[2]);
    value = buf !== null ? buf.slice() : cInt(args[2]);
  }
  end.options.set(level * 65536 + opt, value);
  return None;
});

defMethod(socketType, 'getsockopt', (self, args, kw) => {
  argRange('getsockopt', args, kw, 2, 3);
  const end = openEnd(sock(self));
  const level = cInt(args[0]);
  const opt = cInt(args[1]);
  const buflen = args.length > 2 ? cInt(args[2]) : 0;
  const stored = end.options.get(level * 65536 + opt);
  let value: number | Uint8Array;
  if (stored !== undefined) value = stored;
  else if (level === SOL_SOCKET && opt === SO_ERROR) value = 0;
  else if (level === SOL_SOCKET && opt === SO_TYPE) value = end.type;
  else if (level === SOL_SOCKET && opt === SO_DOMAIN) value = end.family;
  else if (level === SOL_SOCKET && opt === SO_PROTOCOL) value = end.proto;
  else if (level === SOL_SOCKET && opt === SO_ACCEPTCONN) value = 0;
  else if (level === SOL_SOCKET && (opt === SO_SNDBUF || opt === SO_RCVBUF)) value = 212992;
  else throw osError(ENOPROTOOPT);
  if (buflen === 0) return typeof value === 'number' ? value : bytesToInt(value);
  if (typeof value === 'number') {
    const out = new Uint8Array(buflen);
    new DataView(out.buffer).setInt32(0, value, true);
    return new PyBytes(out.subarray(0, Math.min(4, buflen)).slice());
  }
  return new PyBytes(value.slice(0, buflen));
});

function bytesToInt(b: Uint8Array): number {
  let n = 0;
  for (let i = Math.min(b.length, 4) - 1; i >= 0; i--) n = n * 256 + b[i];
  return n | 0;
}

for (const name of ['connect', 'connect_ex', 'bind', 'listen', '_accept', 'sendto', 'recvfrom', 'recvfrom_into']) {
  const label = `socket.${name === '_accept' ? 'accept' : name}()`;
  defMethod(socketType, name, (self) => {
    openEnd(sock(self));
    throw noNetwork(label);
  });
}

// ---- module functions ---------------------------------------------------------------------------------

/** htons/htonl and friends: an unsigned value of `bits` bits with its bytes swapped. */
function swapper(name: string, bits: 16 | 32): (args: Args, kw: Kw) => PyValue {
  return (args, kw) => {
    const v = asIndex(oneArg(name, args, kw));
    if (v < 0) throw valueError('Cannot convert negative int');
    if (typeof v === 'bigint' || v >= 2 ** bits) throw overflowError(`Python int too large for C uint${bits}_t`);
    if (bits === 16) return ((v & 0xff) << 8) | (v >> 8);
    return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
  };
}

/** glibc's inet_aton: 1 to 4 numbers (decimal, 0 octal, 0x hex), the last one filling what is left. */
function inetAton(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let m: RegExpMatchArray | null;
    let n: number;
    if ((m = /^0[xX]([0-9a-fA-F]*)$/.exec(p)) !== null) n = m[1] === '' ? 0 : parseInt(m[1], 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    nums.push(n);
  }
  const last = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (last >= 2 ** (8 * (5 - nums.length))) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < nums.length - 1; i++) out[i] = nums[i];
  for (let i = 3, v = last; i >= nums.length - 1; i--, v = Math.floor(v / 256)) out[i] = v & 0xff;
  return out;
}

/** inet_pton(AF_INET): exactly four decimal numbers up to 255, without leading zeros. */
function inetPton4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i])) return null;
    const n = Number(parts[i]);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

function strArg(fname: string, v: PyValue, pos: number): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument ${pos} must be str, not ${typeName(v)}`);
  return v;
}

function makeSocketModule(interp: Interpreter): PyModule {
  const mod = new PyModule('_socket');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  for (const [name, value] of CONSTANTS) d.setStr(name, value);
  d.setStr('socket', socketType);
  d.setStr('SocketType', socketType);
  d.setStr('error', exceptionType('OSError'));
  d.setStr('timeout', exceptionType('TimeoutError'));
  d.setStr('herror', herror);
  d.setStr('gaierror', gaierror);
  // No network: nothing can be reached over IPv6 (nor IPv4).
  d.setStr('has_ipv6', false);

  const fds = vmDescriptors(interp.host);
  def('socketpair', (args, kw) => {
    argRange('socketpair', args, kw, 0, 3);
    const family = args.length > 0 ? cInt(args[0]) : AF_UNIX;
    const type = args.length > 1 ? cInt(args[1]) : SOCK_STREAM;
    const proto = args.length > 2 ? cInt(args[2]) : 0;
    // Linux makes socket pairs of Unix-domain sockets only.
    if (family !== AF_UNIX) throw osError(family === AF_INET || family === AF_INET6 ? EOPNOTSUPP : EAFNOSUPPORT);
    const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (base !== SOCK_STREAM) {
      throw notImplementedError('socketpair(): pyrewind makes only SOCK_STREAM pairs (in memory)');
    }
    const [a, b] = connectedPair(family, base, proto);
    const make = (end: SocketEnd): PySocket => {
      const s = new PySocket(socketType);
      s.fd = fds.open(end, 'vm-only');
      s.end = end;
      s.family = family;
      s.type = base;
      s.proto = proto;
      setTimeout(s, type & SOCK_NONBLOCK ? 0 : defaultTimeout);
      return s;
    };
    return new PyTuple([make(a), make(b)]);
  });
  def('getdefaulttimeout', (args, kw) => {
    noArgs('getdefaulttimeout', args, kw);
    return defaultTimeout < 0 ? None : new PyFloat(defaultTimeout);
  });
  def('setdefaulttimeout', (args, kw) => {
    defaultTimeout = parseTimeout(oneArg('setdefaulttimeout', args, kw));
    return None;
  });
  def('dup', (args, kw) => {
    const fd = cInt(oneArg('dup', args, kw));
    if (!(fds.get(fd) instanceof SocketEnd)) {
      if (fds.isVmOnly(fd) || fd < 0) throw osError(EBADF);
      throw notImplementedError(`socket.dup(${fd}): pyrewind can duplicate only its own socket descriptors`);
    }
    return fds.dup(fd, 'vm-only');
  });
  def('close', (args, kw) => {
    const fd = cInt(oneArg('close', args, kw));
    if (fds.closeVm(fd)) return None;
    if (fds.isVmOnly(fd) || fd < 0) throw osError(EBADF);
    try {
      interp.host.close(fd);
    } catch (e) {
      if (e instanceof HostOSError) throw posixError(e.errno, e.strerror);
      throw e;
    }
    return None;
  });
  def('gethostname', (args, kw) => {
    noArgs('gethostname', args, kw);
    const uname = interp.host.uname;
    if (uname === undefined) throw osError(ENOSYS);
    return uname.call(interp.host).nodename;
  });
  def('htons', swapper('htons', 16));
  def('ntohs', swapper('ntohs', 16));
  def('htonl', swapper('htonl', 32));
  def('ntohl', swapper('ntohl', 32));
  def('inet_aton', (args, kw) => {
    const text = strArg('inet_aton', oneArg('inet_aton', args, kw), 1);
    const packed = inetAton(text);
    if (packed === null) throw new PyBaseException(exceptionType('OSError'), ['illegal IP address string passed to inet_aton']);
    return new PyBytes(packed);
  });
  def('inet_ntoa', (args, kw) => {
    const packed = bytesArg(oneArg('inet_ntoa', args, kw));
    if (packed.length !== 4) throw new PyBaseException(exceptionType('OSError'), ['packed IP wrong length for inet_ntoa']);
    return packed.join('.');
  });
  def('inet_pton', (args, kw) => {
    argRange('inet_pton', args, kw, 2, 2);
    const af = cInt(args[0]);
    const text = strArg('inet_pton', args[1], 2);
    if (af === AF_INET6) throw notImplementedError('inet_pton(AF_INET6, ...) is not implemented by pyrewind');
    if (af !== AF_INET) throw osError(EAFNOSUPPORT);
    const packed = inetPton4(text);
    if (packed === null) throw new PyBaseException(exceptionType('OSError'), ['illegal IP address string passed to inet_pton']);
    return new PyBytes(packed);
  });
  def('inet_ntop', (args, kw) => {
    argRange('inet_ntop', args, kw, 2, 2);
    const af = cInt(args[0]);
    const packed = bytesArg(args[1]);
    if (af === AF_INET6) throw notImplementedError('inet_ntop(AF_INET6, ...) is not implemented by pyrewind');
    if (af !== AF_INET) throw valueError('unknown address family ' + af);
    if (packed.length !== 4) throw valueError('invalid length of packed IP address string');
    return packed.join('.');
  });
  for (const name of [
    'getaddrinfo', 'getnameinfo', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr', 'getservbyname',
    'getservbyport', 'getprotobyname', 'if_nameindex', 'if_nametoindex', 'if_indextoname', 'sethostname',
  ]) {
    def(name, () => {
      throw noNetwork(`socket.${name}()`);
    });
  }
  return mod;
}

/** Linux's values (x86-64 and arm64 agree on these). */
const CONSTANTS: readonly [string, number][] = [
  ['AF_UNSPEC', AF_UNSPEC], ['AF_UNIX', AF_UNIX], ['AF_INET', AF_INET], ['AF_INET6', AF_INET6],
  ['AF_NETLINK', 16], ['AF_PACKET', 17],
  ['SOCK_STREAM', SOCK_STREAM], ['SOCK_DGRAM', SOCK_DGRAM], ['SOCK_RAW', 3], ['SOCK_RDM', 4],
  ['SOCK_SEQPACKET', SOCK_SEQPACKET], ['SOCK_NONBLOCK', SOCK_NONBLOCK], ['SOCK_CLOEXEC', SOCK_CLOEXEC],
  ['SOL_SOCKET', SOL_SOCKET], ['SOL_IP', 0], ['SOL_TCP', 6], ['SOL_UDP', 17],
  ['SO_DEBUG', 1], ['SO_REUSEADDR', 2], ['SO_TYPE', SO_TYPE], ['SO_ERROR', SO_ERROR], ['SO_DONTROUTE', 5],
  ['SO_BROADCAST', 6], ['SO_SNDBUF', SO_SNDBUF], ['SO_RCVBUF', SO_RCVBUF], ['SO_KEEPALIVE', 9],
  ['SO_OOBINLINE', 10], ['SO_LINGER', 13], ['SO_REUSEPORT', 15], ['SO_PASSCRED', 16], ['SO_PEERCRED', 17],
  ['SO_RCVLOWAT', 18], ['SO_SNDLOWAT', 19], ['SO_RCVTIMEO', 20], ['SO_SNDTIMEO', 21],
  ['SO_ACCEPTCONN', SO_ACCEPTCONN], ['SO_PROTOCOL', SO_PROTOCOL], ['SO_DOMAIN', SO_DOMAIN],
  ['SOMAXCONN', 4096], ['SCM_RIGHTS', 1], ['SCM_CREDENTIALS', 2],
  ['IPPROTO_IP', 0], ['IPPROTO_ICMP', 1], ['IPPROTO_TCP', 6], ['IPPROTO_UDP', 17], ['IPPROTO_IPV6', 41],
  ['IPPROTO_ICMPV6', 58], ['IPPROTO_RAW', 255],
  ['IP_TOS', 1], ['IP_TTL', 2], ['IP_MULTICAST_IF', 32], ['IP_MULTICAST_TTL', 33], ['IP_MULTICAST_LOOP', 34],
  ['IP_ADD_MEMBERSHIP', 35], ['IP_DROP_MEMBERSHIP', 36],
  ['IPV6_V6ONLY', 26], ['IPV6_JOIN_GROUP', 20], ['IPV6_LEAVE_GROUP', 21], ['IPV6_MULTICAST_HOPS', 18],
  ['IPV6_MULTICAST_IF', 17], ['IPV6_MULTICAST_LOOP', 19], ['IPV6_UNICAST_HOPS', 16],
  ['TCP_NODELAY', 1], ['TCP_MAXSEG', 2], ['TCP_CORK', 3], ['TCP_KEEPIDLE', 4], ['TCP_KEEPINTVL', 5],
  ['TCP_KEEPCNT', 6], ['TCP_FASTOPEN', 23], ['TCP_USER_TIMEOUT', 18],
  ['MSG_OOB', 1], ['MSG_PEEK', MSG_PEEK], ['MSG_DONTROUTE', 4], ['MSG_CTRUNC', 8], ['MSG_TRUNC', 0x20],
  ['MSG_DONTWAIT', MSG_DONTWAIT], ['MSG_EOR', 0x80], ['MSG_WAITALL', 0x100], ['MSG_NOSIGNAL', MSG_NOSIGNAL],
  ['MSG_CMSG_CLOEXEC', 0x40000000],
  ['SHUT_RD', 0], ['SHUT_WR', 1], ['SHUT_RDWR', 2],
  ['AI_PASSIVE', 1], ['AI_CANONNAME', 2], ['AI_NUMERICHOST', 4], ['AI_V4MAPPED', 8], ['AI_ALL', 0x10],
  ['AI_ADDRCONFIG', 0x20], ['AI_NUMERICSERV', 0x400],
  ['NI_NUMERICHOST', 1], ['NI_NUMERICSERV', 2], ['NI_NOFQDN', 4], ['NI_NAMEREQD', 8], ['NI_DGRAM', 16],
  ['NI_MAXHOST', 1025], ['NI_MAXSERV', 32],
  ['EAI_BADFLAGS', -1], ['EAI_NONAME', -2], ['EAI_AGAIN', -3], ['EAI_FAIL', -4], ['EAI_NODATA', -5],
  ['EAI_FAMILY', -6], ['EAI_SOCKTYPE', -7], ['EAI_SERVICE', -8], ['EAI_ADDRFAMILY', -9], ['EAI_MEMORY', -10],
  ['EAI_SYSTEM', -11], ['EAI_OVERFLOW', -12],
  ['INADDR_ANY', 0], ['INADDR_BROADCAST', 0xffffffff], ['INADDR_LOOPBACK', 0x7f000001],
  ['INADDR_NONE', 0xffffffff], ['INADDR_UNSPEC_GROUP', 0xe0000000], ['INADDR_ALLHOSTS_GROUP', 0xe0000001],
  ['INADDR_MAX_LOCAL_GROUP', 0xe00000ff],
];

registerNativeModule('_socket', makeSocketModule);
