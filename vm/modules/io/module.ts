// The _io module (CPython's Modules/_io/_iomodule.c): io.open() with CPython's mode, buffering and
// argument checks, open_code(), text_encoding(), DEFAULT_BUFFER_SIZE, the exception types and all the
// stream classes defined in this folder. `import io` builds the public ABCs on top of these.
//
// open() only assembles FileIO + Buffered* + TextIOWrapper; the classes do the work.

import { PyObject, PyValue, makeBuiltinType, objectType, intType, typeName } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyFloat } from '../../objects/float.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, exceptionType } from '../../objects/exceptions.js';
import { PyNativeFunction, bindArgs, defNew } from '../../objects/native.js';
import { truthy } from '../../runtime/protocols.js';
import { getAttr, setAttr } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError } from '../../runtime/raise.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { importModule } from '../../runtime/import.js';
import { fspath } from '../posix.js';
import { registerNativeModule } from '../registry.js';
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, callMethod, DEFAULT_BUFFER_SIZE } from './iobase.js';
import { UnsupportedOperation } from './errors.js';
import { intArg } from './args.js';
import { fileIOType } from './fileio.js';
import { bytesIOType } from './bytesio.js';
import { stringIOType } from './stringio.js';
import { bufferedReaderType, bufferedWriterType, bufferedRandomType } from './buffered.js';
import { bufferedRWPairType } from './buffered_rwpair.js';
import { textIOWrapperType } from './textio.js';
import { newlineDecoderType } from './newline_decoder.js';

type Kw = Map<string, PyValue> | null;

/** The type of BytesIO.getbuffer()'s exporter in CPython; present for dir(_io) and isinstance checks. */
const bytesIOBufferType = makeBuiltinType('_BytesIOBuffer', objectType, '_io');
bytesIOBufferType.isBaseType = false;
defNew(bytesIOBufferType, () => {
  throw typeError("cannot create '_io._BytesIOBuffer' instances");
});

const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

function strOrNoneArg(name: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== 'string') throw typeError(`open() argument '${name}' must be str or None, not ${typeName(v)}`);
  return v;
}

/** PyNumber_Check: ints, floats and anything with __index__, __int__ or __float__. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  if (!(v instanceof PyObject)) return false;
  const t = v.cls;
  return t.isSubtypeOf(intType) || t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

function warn(message: string, category: string): void {
  const warnings = importModule(currentInterpreter(), 'warnings');
  callObject(getAttr(warnings, 'warn'), [message, exceptionType(category), 2]);
}

/** io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
export function ioOpen(args: PyValue[], kw: Kw): PyValue {
  const given = args.length + (kw === null ? 0 : kw.size);
  if (given > 8) throw typeError(`open() takes at most 8 arguments (${given} given)`);
  const [file, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg, closefdArg, openerArg] = bindArgs('open', OPEN_PARAMS, args, kw, 1);
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  let buffering = bufferingArg === undefined ? -1 : intArg(bufferingArg);
  const encoding = strOrNoneArg('encoding', encodingArg);
  const errors = strOrNoneArg('errors', errorsArg);
  const newline = strOrNoneArg('newline', newlineArg);
  const closefd = closefdArg === undefined ? true : truthy(closefdArg);
  const opener = openerArg ?? None;

  const pathOrFd = isNumber(file!) ? file! : fspath(file!);

  let creating = false;
  let reading = false;
  let writing = false;
  let appending = false;
  let updating = false;
  let text = false;
  let binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: throw valueError(`invalid mode: '${mode}'`);
    }
    if (mode.indexOf(c, i + 1) >= 0) throw valueError(`invalid mode: '${mode}'`);
  }
  const rawMode = (creating ? 'x' : '') + (reading ? 'r' : '') + (writing ? 'w' : '') + (appending ? 'a' : '') + (updating ? '+' : '');
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    throw valueError('must have exactly one of create/read/write/append mode');
  }
  if (binary && encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw valueError("binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 'RuntimeWarning');
  }

  const raw = callObject(fileIOType, [pathOrFd, rawMode, closefd, opener]);
  let result: PyValue = raw;
  try {
    let isatty = false;
    if (buffering < 0) isatty = truthy(callMethod(raw, '_isatty_open_only'));
    let lineBuffering = false;
    if (buffering === 1 || isatty) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      const blk = intArg(getAttr(raw, '_blksize'));
      buffering = Math.max(Math.min(blk, 8192 * 1024), DEFAULT_BUFFER_SIZE);
    }
    if (buffering < 0) throw valueError('invalid buffering size');
    if (buffering === 0) {
      if (!binary) throw valueError("can't have unbuffered text I/O");
      return result;
    }
    const bufferedClass = updating ? bufferedRandomType : creating || writing || appending ? bufferedWriterType : bufferedReaderType;
    const buffer = callObject(bufferedClass, [raw, buffering]);
    result = buffer;
    if (binary) return result;
    const wrapper = callObject(textIOWrapperType, [buffer, encoding ?? None, errors ?? None, newline ?? None, lineBuffering]);
    result = wrapper;
    setAttr(wrapper, 'mode', mode);
    return result;
  } catch (e) {
    try {
      callMethod(result, 'close');
    } catch (e2) {
      if (e2 instanceof PyBaseException && e instanceof PyBaseException && e2 !== e) {
        if (e.context === null) e.context = e2;
      }
    }
    throw e;
  }
}

export function makeIoModule(): PyModule {
  const mod = new PyModule('_io');
  const d = mod.dict;
  d.setStr('__doc__', 'The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.');
  d.setStr('DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE);
  d.setStr('UnsupportedOperation', UnsupportedOperation);
  d.setStr('BlockingIOError', exceptionType('BlockingIOError'));
  for (const t of [
    ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, fileIOType, bytesIOType, stringIOType,
    bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType, textIOWrapperType,
    newlineDecoderType, bytesIOBufferType,
  ]) {
    d.setStr(t.name, t);
  }
  d.setStr('open', new PyNativeFunction('open', ioOpen, mod));
  d.setStr(
    'open_code',
    new PyNativeFunction('open_code', (args, kw) => {
      const [path] = bindArgs('open_code', ['path'], args, kw, 1);
      if (typeof path !== 'string') throw typeError(`open_code() argument 'path' must be str, not ${typeName(path!)}`);
      return ioOpen([path, 'rb'], null);
    }, mod),
  );
  d.setStr(
    'text_encoding',
    new PyNativeFunction('text_encoding', (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError('text_encoding() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) {
        throw typeError(`text_encoding expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
      }
      if (args.length > 1) intArg(args[1]);
      const encoding = args[0];
      return encoding === None ? 'locale' : encoding;
    }, mod),
  );
  return mod;
}

registerNativeModule('_io', makeIoModule);
