// The code object's introspection methods that dis and inspect use: co_lines() and co_positions()
// (read from the decoded location table), _varname_from_oparg() and _co_code_adaptive.
//
// The plain co_* fields are registered in misc_types.ts; this file only adds what is computed from the
// location table. pyrewind never specializes bytecode, so the "adaptive" code is co_code itself.

import { PyValue, makeBuiltinType } from './object.js';
import { defMethod, defGetSet, noArgs } from './native.js';
import { PyCode, codeType } from './code.js';
import { PyBytes } from './bytes.js';
import { PyIterator } from './iterator_base.js';
import { tuple } from './tuple.js';
import { None } from './singletons.js';
import { defIteratorProtocol } from './iterator_methods.js';
import { asIndex } from '../runtime/protocols.js';
import { indexError, typeError } from '../runtime/raise.js';

const lineIteratorType = makeBuiltinType('line_iterator');
lineIteratorType.isBaseType = false;
const positionsIteratorType = makeBuiltinType('positions_iterator');
positionsIteratorType.isBaseType = false;

const orNone = (v: number): PyValue => (v < 0 ? None : v);

/** co_lines(): (start, end, line) byte ranges, consecutive code units of one line merged into one. */
class LineIterator extends PyIterator {
  private unit = 0;
  constructor(private readonly code: PyCode) {
    super(lineIteratorType);
  }
  next(): PyValue | undefined {
    const lines = this.code.getPositions().line;
    const start = this.unit;
    if (start >= lines.length) return undefined;
    const line = lines[start];
    let end = start + 1;
    while (end < lines.length && lines[end] === line) end++;
    this.unit = end;
    return tuple([start * 2, end * 2, orNone(line)]);
  }
}

/** co_positions(): (line, end line, column, end column) of every code unit, caches included. */
class PositionsIterator extends PyIterator {
  private unit = 0;
  constructor(private readonly code: PyCode) {
    super(positionsIteratorType);
  }
  next(): PyValue | undefined {
    const p = this.code.getPositions();
    const i = this.unit;
    if (i >= p.line.length) return undefined;
    this.unit = i + 1;
    return tuple([orNone(p.line[i]), orNone(p.endLine[i]), orNone(p.col[i]), orNone(p.endCol[i])]);
  }
}

defIteratorProtocol(lineIteratorType, null);
defIteratorProtocol(positionsIteratorType, null);

defMethod(codeType, 'co_lines', (self, args, kwargs) => {
  noArgs('code.co_lines', args, kwargs);
  return new LineIterator(self as PyCode);
});
defMethod(codeType, 'co_positions', (self, args, kwargs) => {
  noArgs('code.co_positions', args, kwargs);
  return new PositionsIterator(self as PyCode);
});
defMethod(codeType, '_varname_from_oparg', (self, args, kwargs) => {
  const names = (self as PyCode).localsplusnames;
  const arg = args.length > 0 ? args[0] : kwargs?.get('oparg');
  if (arg === undefined) throw typeError("_varname_from_oparg() missing required argument 'oparg' (pos 1)");
  const i = asIndex(arg);
  if (typeof i !== 'number' || i < 0 || i >= names.length) throw indexError('tuple index out of range');
  return names[i];
});
defGetSet(codeType, '_co_code_adaptive', (s) => new PyBytes((s as PyCode).code));
