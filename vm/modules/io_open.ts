// The open() builtin: validates the mode like CPython and returns a text or binary stream.

import { PyValue, typeName } from '../objects/object.js';
import { bindArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { typeError, valueError } from '../runtime/raise.js';
import { TextStream, BinaryStream, hostCall } from './io_streams.js';
import type { Interpreter } from '../runtime/interpreter.js';

export function builtinOpen(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [file, modeArg, , encoding] = bindArgs(
    'open',
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
    args,
    kwargs,
    1,
  );
  if (typeof file !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(file!)}`);
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  const chars = new Set(mode);
  if (chars.size !== mode.length || [...mode].some((c) => !'rwaxbt+'.includes(c))) throw valueError(`invalid mode: '${mode}'`);
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => chars.has(c));
  if (kinds.length !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (chars.has('b') && chars.has('t')) throw valueError("can't have text and binary mode at once");
  const binary = chars.has('b');
  if (binary && encoding !== undefined && encoding !== None) throw valueError("binary mode doesn't take an encoding argument");
  const plus = chars.has('+');
  const kind = kinds[0] as 'r' | 'w' | 'a' | 'x';
  const flags = (plus ? `${kind}+` : kind) as 'r' | 'w' | 'a' | 'x' | 'r+' | 'w+' | 'a+' | 'x+';
  const fd = hostCall(() => interp.host.open(file, flags));
  const readable = kind === 'r' || plus;
  const writable = kind !== 'r' || plus;
  if (binary) return new BinaryStream(interp.host, fd, file, mode, readable, writable, true);
  return new TextStream(interp.host, fd, file, mode, readable, writable, true, false);
}
