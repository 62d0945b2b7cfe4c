// The select module (CPython's Modules/selectmodule.c), reduced to what the VM can answer truthfully:
// select.select() over the VM's own descriptors (vm_descriptors.ts: pipes, in-memory sockets) and the
// Host's descriptors.
// Without poll/epoll/kqueue, selectors.DefaultSelector is SelectSelector.
//
// A Host regular file or directory is always ready, as POSIX says. Whether other Host descriptors
// (terminals, pipes) have input cannot be asked of the Host, so waiting to read one is an error, not a
// guess; writing to them never fails with EAGAIN (Host writes block), so they count as writable. With
// nothing ready, select sleeps its timeout through Host.sleep, running signal handlers (fd_wait.ts).

import type { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { exceptionType } from '../objects/exceptions.js';
import { HostOSError } from '../host.js';
import { asIndex, toArray, getIter } from '../runtime/protocols.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, pyErrorType } from '../runtime/raise.js';
import { posixError } from './posix.js';
import { errnoNumber, strerror } from './errno.js';
import { registerNativeModule } from './registry.js';
import { VmDescriptors, vmDescriptors } from './vm_descriptors.js';
import { waitUntil } from './fd_wait.js';
import { retryableCalls } from '../runtime/threads.js';
import type { Interpreter } from '../runtime/interpreter.js';

const EBADF = errnoNumber('EBADF')!;
const ENOSYS = errnoNumber('ENOSYS')!;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** PyObject_AsFileDescriptor: an int, or what the object's fileno() returns. */
export function objectAsFd(o: PyValue): number {
  let v: PyValue = o;
  if (typeof o !== 'number' && typeof o !== 'bigint' && typeof o !== 'boolean') {
    const fileno = getAttrOrUndefined(o, 'fileno');
    if (fileno === undefined) throw typeError('argument must be an int, or have a fileno() method.');
    v = callObject(fileno, []);
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw typeError('fileno() returned a non-integer');
    }
  }
  const fd = Number(v);
  if (fd > 2147483647 || fd < -2147483648) throw typeError('Python int too large to convert to C int');
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

/** Whether a descriptor is ready for reading (want 'r') or writing ('w'). */
function isReady(fds: VmDescriptors, fd: number, want: 'r' | 'w'): boolean {
  const file = fds.get(fd);
  if (file !== undefined) return want === 'r' ? file.readyToRead() : file.readyToWrite();
  if (fds.isVmOnly(fd)) throw posixError(EBADF, strerror(EBADF));
  const host = fds.host;
  let regular = false;
  if (host.fileStat !== undefined) {
    try {
      const mode = host.fileStat(fd, true).mode & S_IFMT;
      regular = mode === S_IFREG || mode === S_IFDIR;
    } catch (e) {
      if (e instanceof HostOSError) throw posixError(e.errno, e.strerror);
      throw e;
    }
  }
  if (regular || want === 'w') return true;
  throw posixError(ENOSYS, `select() cannot tell whether descriptor ${fd} has input: the host cannot poll it`);
}

/** The descriptors of one of select's three lists, with the objects they came from. */
function fdList(v: PyValue): { objs: PyValue[]; fds: number[] } {
  let objs: PyValue[];
  if (v instanceof PyList || v instanceof PyTuple) objs = v.items.slice();
  else {
    let it: PyValue;
    try {
      it = getIter(v);
    } catch (e) {
      if (pyErrorType(e) === 'TypeError') throw typeError('arguments 1-3 must be sequences');
      throw e;
    }
    objs = toArray(it);
  }
  return { objs, fds: objs.map(objectAsFd) };
}

/** select's timeout: null for None, else non-negative seconds. */
function timeoutArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  let t: number;
  if (v instanceof PyFloat) t = v.value;
  else {
    try {
      t = Number(asIndex(v));
    } catch (e) {
      if (pyErrorType(e) === 'TypeError') throw typeError('timeout must be a float or None');
      throw e;
    }
  }
  if (Number.isNaN(t)) throw valueError('Invalid value NaN (not a number)');
  if (t < 0) throw valueError('timeout must be non-negative');
  return t;
}

function makeSelect(interp: Interpreter): PyModule {
  const mod = new PyModule('select');
  const d = mod.dict;
  const fds = vmDescriptors(interp.host);
  d.setStr('error', exceptionType('OSError'));
  d.setStr('PIPE_BUF', 4096);
  d.setStr('select', new PyNativeFunction('select', (args, kw) => {
    argRange('select', args, kw, 3, 4);
    const r = fdList(args[0]);
    const w = fdList(args[1]);
    const x = fdList(args[2]);
    const timeout = timeoutArg(args[3]);
    let rOut: PyValue[] = [];
    let wOut: PyValue[] = [];
    const poll = (): boolean => {
      rOut = [];
      wOut = [];
      for (let i = 0; i < r.fds.length; i++) if (isReady(fds, r.fds[i], 'r')) rOut.push(r.objs[i]);
      for (let i = 0; i < w.fds.length; i++) if (isReady(fds, w.fds[i], 'w')) wOut.push(w.objs[i]);
      // No descriptor here ever has an exceptional condition (out-of-band data); they must still be valid.
      for (const fd of x.fds) if (fds.isVmOnly(fd) && fds.get(fd) === undefined) throw posixError(EBADF, strerror(EBADF));
      return rOut.length > 0 || wOut.length > 0;
    };
    waitUntil(interp, timeout, poll, 'select()');
    return new PyTuple([new PyList(rOut), new PyList(wOut), new PyList([])]);
  }, mod));
  // Nothing is done before it waits: with threads, a select() called from Python code parks its thread.
  retryableCalls.add(d.getStr('select')!);
  return mod;
}

registerNativeModule('select', makeSelect);
