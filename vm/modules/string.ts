// The _string module (CPython's Objects/stringlib/unicode_format.h as exposed by Modules/_string):
// formatter_parser() and formatter_field_name_split(), the two parsers string.Formatter is built on.
//
// Both return lazy iterators that raise CPython's ValueErrors at the step where CPython does (the field
// name iterator, for instance, only complains about "a[0]x" after yielding the [0] item). Nothing here
// evaluates fields or calls __format__: that is string.Formatter's job, in Python.

import { PyValue, makeBuiltinType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, oneArg } from '../objects/native.js';
import { PyIterator } from '../objects/iterators.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { asStr } from '../objects/str_methods.js';
import { typeError, valueError } from '../runtime/raise.js';
import { fieldInteger } from '../numeric/unicode_decimal.js';
import { registerNativeModule } from './registry.js';

const formatterIteratorType = makeBuiltinType('formatteriterator');
formatterIteratorType.isBaseType = false;
const fieldNameIteratorType = makeBuiltinType('fieldnameiterator');
fieldNameIteratorType.isBaseType = false;

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const LBRACKET = 0x5b; // [
const RBRACKET = 0x5d; // ]
const DOT = 0x2e; // .
const BANG = 0x21; // !
const COLON = 0x3a; // :

/** formatter_parser's iterator: (literal, field_name, format_spec, conversion) per step. */
class FormatterIterator extends PyIterator {
  private pos = 0;
  constructor(private readonly s: string) {
    super(formatterIteratorType);
  }

  next(): PyValue | undefined {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    if (i >= n) return undefined;
    const start = i;
    let c = 0;
    let markup = false;
    while (i < n) {
      c = s.charCodeAt(i++);
      if (c === OPEN || c === CLOSE) {
        markup = true;
        break;
      }
    }
    const atEnd = i >= n;
    let litEnd = i;
    if (c === CLOSE && (atEnd || s.charCodeAt(i) !== CLOSE)) {
      throw valueError("Single '}' encountered in format string");
    }
    if (atEnd && c === OPEN) throw valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (s.charCodeAt(i) === c) {
        // '{{' or '}}': the literal keeps one brace and no field follows.
        i++;
        markup = false;
      } else {
        litEnd--;
      }
    }
    const literal = s.slice(start, litEnd);
    if (!markup) {
      this.pos = i;
      return new PyTuple([literal, None, None, None]);
    }
    // A replacement field: the name runs to '}', ':' or '!' (brackets may hold anything but ']').
    const nameStart = i;
    c = 0;
    while (i < n) {
      c = s.charCodeAt(i++);
      if (c === OPEN) throw valueError("unexpected '{' in field name");
      if (c === LBRACKET) {
        while (i < n && s.charCodeAt(i) !== RBRACKET) i++;
        continue;
      }
      if (c === CLOSE || c === COLON || c === BANG) break;
    }
    const name = s.slice(nameStart, i - 1);
    let conversion: PyValue = None;
    let spec = '';
    if (c === BANG || c === COLON) {
      let done = false;
      if (c === BANG) {
        if (i >= n) throw valueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(i)!;
        conversion = String.fromCodePoint(cp);
        i += cp > 0xffff ? 2 : 1;
        if (i < n) {
          const c2 = s.charCodeAt(i++);
          if (c2 === CLOSE) done = true;
          else if (c2 !== COLON) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = i;
        let depth = 1;
        while (i < n) {
          const c3 = s.charCodeAt(i++);
          if (c3 === OPEN) depth++;
          else if (c3 === CLOSE && --depth === 0) {
            spec = s.slice(specStart, i - 1);
            done = true;
            break;
          }
        }
        if (!done) throw valueError("unmatched '{' in format spec");
      }
    } else if (c !== CLOSE) {
      throw valueError("expected '}' before end of string");
    }
    this.pos = i;
    return new PyTuple([literal, name, spec, conversion]);
  }
}

/** The rest of a field name after its first part: (True, attr) for .attr, (False, key) for [key]. */
class FieldNameIterator extends PyIterator {
  constructor(
    private readonly s: string,
    private pos: number,
  ) {
    super(fieldNameIteratorType);
  }

  next(): PyValue | undefined {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    if (i >= n) return undefined;
    const c = s.charCodeAt(i++);
    let isAttr: boolean;
    let key: string;
    if (c === DOT) {
      isAttr = true;
      const st = i;
      while (i < n && s.charCodeAt(i) !== DOT && s.charCodeAt(i) !== LBRACKET) i++;
      key = s.slice(st, i);
    } else if (c === LBRACKET) {
      isAttr = false;
      const st = i;
      while (i < n && s.charCodeAt(i) !== RBRACKET) i++;
      if (i >= n) {
        this.pos = n;
        throw valueError("Missing ']' in format string");
      }
      key = s.slice(st, i);
      i++;
    } else {
      this.pos = n;
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    this.pos = i;
    if (key.length === 0) throw valueError('Empty attribute in format string');
    if (isAttr) return new PyTuple([true, key]);
    const idx = fieldInteger(key);
    return new PyTuple([false, idx === -1 ? key : idx]);
  }
}
defIteratorProtocol(formatterIteratorType, null);
defIteratorProtocol(fieldNameIteratorType, null);

function strArg(v: PyValue): string {
  const s = asStr(v);
  if (s === null) throw typeError(`expected str, got ${typeName(v)}`);
  return s;
}

/** formatter_field_name_split('a.b[0]') -> ('a', iterator of (True, 'b'), (False, 0)). */
function fieldNameSplit(name: string): PyTuple {
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (c === DOT || c === LBRACKET) break;
    i++;
  }
  const firstText = name.slice(0, i);
  const idx = fieldInteger(firstText);
  const first: PyValue = idx === -1 ? firstText : idx;
  return new PyTuple([first, new FieldNameIterator(name, i)]);
}

function makeString(): PyModule {
  const mod = new PyModule('_string');
  mod.dict.setStr('__doc__', 'string helper module');
  mod.dict.setStr('formatter_parser', new PyNativeFunction('formatter_parser', (args, kw) => {
    return new FormatterIterator(strArg(oneArg('_string.formatter_parser', args, kw)));
  }, mod));
  mod.dict.setStr('formatter_field_name_split', new PyNativeFunction('formatter_field_name_split', (args, kw) => {
    return fieldNameSplit(strArg(oneArg('_string.formatter_field_name_split', args, kw)));
  }, mod));
  return mod;
}

registerNativeModule('_string', makeString);
