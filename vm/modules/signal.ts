// The _signal module (CPython's Modules/signalmodule.c): Linux's signal numbers, signal()/getsignal()
// over the VM's handler table (vm/runtime/signals.ts), default_int_handler, raise_signal, strsignal,
// valid_signals, siginterrupt and set_wakeup_fd (on the VM's non-blocking in-memory sockets).
//
// Only what the VM can make true is here: no alarm/setitimer/pause/pthread_sigmask, since nothing can
// deliver a timed signal or block one. Signals from outside reach the VM only as Ctrl-C (the host's
// interrupt flag), which is SIGINT.

import type { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, argRange, oneArg } from '../objects/native.js';
import { newSet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { asIndex, truthy } from '../runtime/protocols.js';
import { isCallable } from '../runtime/call.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import {
  signalState, tripSignal, runPendingSignals, defaultIntHandler, NSIG, SIG_DFL, SIG_IGN,
} from '../runtime/signals.js';
import { posixError } from './posix.js';
import { errnoNumber, strerror } from './errno.js';
import { registerNativeModule } from './registry.js';
import { SocketEnd } from './socket_table.js';
import { vmDescriptors } from './vm_descriptors.js';
import type { Interpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const SIGKILL = 9;
const SIGSTOP = 19;
const SIGRTMIN = 34;
const SIGRTMAX = 64;
const EINVAL = errnoNumber('EINVAL')!;
const EBADF = errnoNumber('EBADF')!;

/** Linux's signals, with glibc's descriptions (strsignal). */
const SIGNALS: readonly [string, number, string][] = [
  ['SIGHUP', 1, 'Hangup'], ['SIGINT', 2, 'Interrupt'], ['SIGQUIT', 3, 'Quit'],
  ['SIGILL', 4, 'Illegal instruction'], ['SIGTRAP', 5, 'Trace/breakpoint trap'], ['SIGABRT', 6, 'Aborted'],
  ['SIGBUS', 7, 'Bus error'], ['SIGFPE', 8, 'Floating point exception'], ['SIGKILL', 9, 'Killed'],
  ['SIGUSR1', 10, 'User defined signal 1'], ['SIGSEGV', 11, 'Segmentation fault'],
  ['SIGUSR2', 12, 'User defined signal 2'], ['SIGPIPE', 13, 'Broken pipe'], ['SIGALRM', 14, 'Alarm clock'],
  ['SIGTERM', 15, 'Terminated'], ['SIGSTKFLT', 16, 'Stack fault'], ['SIGCHLD', 17, 'Child exited'],
  ['SIGCONT', 18, 'Continued'], ['SIGSTOP', 19, 'Stopped (signal)'], ['SIGTSTP', 20, 'Stopped'],
  ['SIGTTIN', 21, 'Stopped (tty input)'], ['SIGTTOU', 22, 'Stopped (tty output)'],
  ['SIGURG', 23, 'Urgent I/O condition'], ['SIGXCPU', 24, 'CPU time limit exceeded'],
  ['SIGXFSZ', 25, 'File size limit exceeded'], ['SIGVTALRM', 26, 'Virtual timer expired'],
  ['SIGPROF', 27, 'Profiling timer expired'], ['SIGWINCH', 28, 'Window changed'],
  ['SIGIO', 29, 'I/O possible'], ['SIGPWR', 30, 'Power failure'], ['SIGSYS', 31, 'Bad system call'],
];
const DESCRIPTIONS = new Map<number, string>(SIGNALS.map(([, n, text]) => [n, text]));

/** A C int argument (PyLong_AsInt). */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError('Python int too large to convert to C int');
  }
  return n;
}

/** A signal number in 1..NSIG-1, or "signal number out of range". */
function signum(v: PyValue): number {
  const n = cInt(v);
  if (n < 1 || n >= NSIG) throw valueError('signal number out of range');
  return n;
}

/** Writes the wakeup byte: into an in-memory socket's peer queue, dropped when it is full. */
function wakeupWriter(interp: Interpreter): (fd: number, sig: number) => void {
  const fds = vmDescriptors(interp.host);
  return (fd, sig) => {
    const end = fds.get(fd);
    if (!(end instanceof SocketEnd) || end.peer === null || end.writeShut || end.peer.refs === 0) return;
    end.sendTo(new Uint8Array([sig]));
  };
}

function makeSignal(interp: Interpreter): PyModule {
  const mod = new PyModule('_signal');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const state = signalState(interp);
  for (const [name, n] of SIGNALS) d.setStr(name, n);
  d.setStr('SIGIOT', 6);
  d.setStr('SIGPOLL', 29);
  d.setStr('SIGRTMIN', SIGRTMIN);
  d.setStr('SIGRTMAX', SIGRTMAX);
  d.setStr('NSIG', NSIG);
  d.setStr('SIG_DFL', SIG_DFL);
  d.setStr('SIG_IGN', SIG_IGN);
  d.setStr('default_int_handler', defaultIntHandler());

  def('signal', (args, kw) => {
    argRange('signal', args, kw, 2, 2);
    const n = signum(args[0]);
    const handler = args[1];
    // SIG_DFL and SIG_IGN are the ints 0 and 1 exactly (not True, not 1.0).
    const isConstant = typeof handler === 'number' && (handler === SIG_DFL || handler === SIG_IGN);
    if (!isConstant && !isCallable(handler)) {
      throw typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    }
    if (n === SIGKILL || n === SIGSTOP) throw posixError(EINVAL, strerror(EINVAL));
    const old = state.handlers[n];
    state.handlers[n] = handler;
    return old;
  });
  def('getsignal', (args, kw) => {
    if ((kw !== null && kw.size > 0) || args.length !== 1) {
      if (kw !== null && kw.size > 0) throw typeError('_signal.getsignal() takes no keyword arguments');
      throw typeError(`_signal.getsignal() takes exactly one argument (${args.length} given)`);
    }
    return state.handlers[signum(args[0])];
  });
  def('raise_signal', (args, kw) => {
    // raise(3) runs the C-level handler at once, and raise_signal then checks for signals.
    const n = signum(oneArg('raise_signal', args, kw));
    tripSignal(interp, n);
    runPendingSignals(interp);
    return None;
  });
  def('strsignal', (args, kw) => {
    const n = signum(oneArg('strsignal', args, kw));
    const text = DESCRIPTIONS.get(n);
    if (text !== undefined) return text;
    if (n >= SIGRTMIN && n <= SIGRTMAX) return `Real-time signal ${n - SIGRTMIN}`;
    return `Unknown signal ${n}`;
  });
  def('valid_signals', (args, kw) => {
    argRange('valid_signals', args, kw, 0, 0);
    // glibc keeps 32 and 33 for its threads: sigfillset() leaves them out.
    const out: number[] = [];
    for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) out.push(n);
    return newSet(out);
  });
  def('siginterrupt', (args, kw) => {
    argRange('siginterrupt', args, kw, 2, 2);
    signum(args[0]);
    cInt(args[1]);
    // SA_RESTART or not: the VM's blocking calls always resume after a handler that did not raise
    // (PEP 475), which is what the flag chooses between for system calls CPython does not retry.
    return None;
  });
  def('set_wakeup_fd', (args, kw) => {
    if (args.length !== 1) {
      throw typeError(`set_wakeup_fd() takes exactly 1 positional argument (${args.length} given)`);
    }
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k !== 'warn_on_full_buffer') throw typeError(`set_wakeup_fd() got an unexpected keyword argument '${k}'`);
        truthy(v);
      }
    }
    const fd = cInt(args[0]);
    if (fd !== -1) {
      const fds = vmDescriptors(interp.host);
      const file = fds.get(fd);
      const end = file instanceof SocketEnd ? file : undefined;
      if (end === undefined) {
        if (fd < 0 || fds.isVmOnly(fd)) throw posixError(EBADF, strerror(EBADF));
        // Host descriptors (and the VM's pipes) are blocking: CPython refuses those.
        if (file === undefined && interp.host.fileStat !== undefined) {
          try {
            interp.host.fileStat(fd, true);
          } catch {
            throw posixError(EBADF, strerror(EBADF));
          }
        }
        throw valueError(`the fd ${fd} must be in non-blocking mode`);
      }
      if (!end.nonblocking) throw valueError(`the fd ${fd} must be in non-blocking mode`);
    }
    const old = state.wakeupFd;
    state.wakeupFd = fd;
    state.writeWakeup = fd === -1 ? null : wakeupWriter(interp);
    return old;
  });
  return mod;
}

registerNativeModule('_signal', makeSignal);
