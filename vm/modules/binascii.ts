// The binascii module (CPython's Modules/binascii.c): hex, base64 (with strict mode), uuencode and
// quoted-printable conversions, crc32 and crc_hqx, and the Error/Incomplete exceptions, with
// CPython's argument handling and messages. Pure byte-array code: nothing here calls Python code
// except __index__/__bool__ of arguments.

import { PyObject, PyType, PyValue, typeName, typeType, strType, isInstance } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noKwargs, argRange } from '../objects/native.js';
import { PyBytes } from '../objects/bytes.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { asIndex, truthy, len, strValue } from '../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** binascii.Error. */
export const BinasciiError = new PyType(typeType, 'Error', [exceptionType('ValueError')], 'binascii');
BinasciiError.hasInstanceDict = true;
/** binascii.Incomplete. */
export const BinasciiIncomplete = new PyType(typeType, 'Incomplete', [exceptionType('Exception')], 'binascii');
BinasciiIncomplete.hasInstanceDict = true;
// Heap exception types (PyErr_NewException) carry __module__ in their dict, so instances see it too.
BinasciiError.attrs.set('__module__', 'binascii');
BinasciiIncomplete.attrs.set('__module__', 'binascii');

function error(msg: string): PyBaseException {
  return new PyBaseException(BinasciiError, [msg]);
}

// ---- arguments -----------------------------------------------------------------------------------

interface Signature {
  /** Parameter names in order; the first `posOnly` cannot be given by keyword. */
  names: readonly string[];
  required: number;
  posOnly: number;
  /** Index of the first keyword-only parameter (names.length if none). */
  kwOnlyFrom: number;
}

/** Argument Clinic's binding of positional and keyword arguments, with its messages. */
function bind(fname: string, sig: Signature, args: Args, kw: Kw): (PyValue | undefined)[] {
  const { names, required, posOnly, kwOnlyFrom } = sig;
  const maxPos = kwOnlyFrom;
  if (args.length > maxPos) {
    const how = Math.min(required, maxPos) < maxPos ? 'at most' : 'exactly';
    throw typeError(`${fname}() takes ${how} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${args.length} given)`);
  }
  const minPosOnly = Math.min(posOnly, required);
  if (args.length < minPosOnly) {
    const how = minPosOnly < maxPos ? 'at least' : 'exactly';
    throw typeError(`${fname}() takes ${how} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${args.length} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(names.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0 || i < posOnly) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** A METH_O function: exactly one positional argument. */
function single(fname: string, args: Args, kw: Kw): PyValue {
  noKwargs(`binascii.${fname}`, kw);
  if (args.length !== 1) throw typeError(`binascii.${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** A Py_buffer argument (b2a_* functions): any bytes-like object. */
function bufferArg(v: PyValue): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** The ascii_buffer converter of the a2b_* functions: bytes-like, or a str of ASCII characters. */
function asciiArg(v: PyValue): Uint8Array {
  if (typeof v === 'string' || isInstance(v, strType)) {
    const s = typeof v === 'string' ? v : strValue(v as PyObject);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) throw valueError('string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const d = bytesLikeData(v);
  if (d === null) throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
  return d;
}

/** A C int argument. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) {
    throw overflowError(n < 0 ? 'Python int too small to convert to C int' : 'Python int too large to convert to C int');
  }
  return n;
}

/** An unsigned int argument converted bitwise (masked to 32 bits, negatives wrap). */
function uintMask(v: PyValue): number {
  const n = asIndex(v);
  return typeof n === 'bigint' ? Number(BigInt.asUintN(32, n)) : Number(BigInt.asUintN(32, BigInt(n)));
}

const bytes = (d: Uint8Array) => new PyBytes(d);

// ---- hex ------------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

function hexlify(data: Uint8Array, sepArg: PyValue | undefined, perSepArg: PyValue | undefined): PyBytes {
  let sep = -1;
  let perSep = 0;
  if (sepArg !== undefined) {
    const n = len(sepArg);
    if (n !== 1) throw valueError('sep must be length 1.');
    if (typeof sepArg === 'string' || isInstance(sepArg, strType)) {
      const s = typeof sepArg === 'string' ? sepArg : strValue(sepArg as PyObject);
      sep = s.codePointAt(0)!;
      if (sep > 0xff) throw valueError('sep must be ASCII.');
    } else if (sepArg instanceof PyBytes) {
      sep = sepArg.data[0];
    } else {
      throw typeError('sep must be str or bytes.');
    }
    perSep = perSepArg === undefined ? 1 : cInt(perSepArg);
  } else if (perSepArg !== undefined) {
    cInt(perSepArg);
  }
  const n = data.length;
  const group = Math.abs(perSep);
  const nSeps = sep < 0 || group === 0 || n === 0 ? 0 : Math.floor((n - 1) / group);
  const out = new Uint8Array(2 * n + nSeps);
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (nSeps > 0 && i > 0) {
      // Positive counts group from the right, negative ones from the left.
      const boundary = perSep > 0 ? (n - i) % group === 0 : i % group === 0;
      if (boundary) out[o++] = sep;
    }
    out[o++] = HEX.charCodeAt(data[i] >> 4);
    out[o++] = HEX.charCodeAt(data[i] & 15);
  }
  return bytes(out);
}

const HEXLIFY_SIG: Signature = { names: ['data', 'sep', 'bytes_per_sep'], required: 1, posOnly: 0, kwOnlyFrom: 3 };

function hexlifyFn(fname: string) {
  return (args: Args, kw: Kw): PyValue => {
    const [data, sep, per] = bind(fname, HEXLIFY_SIG, args, kw);
    return hexlify(bufferArg(data!), sep, per);
  };
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function unhexlify(fname: string) {
  return (args: Args, kw: Kw): PyValue => {
    const d = asciiArg(single(fname, args, kw));
    if (d.length % 2 !== 0) throw error('Odd-length string');
    const out = new Uint8Array(d.length / 2);
    for (let i = 0; i < out.length; i++) {
      const hi = hexValue(d[2 * i]);
      const lo = hexValue(d[2 * i + 1]);
      if (hi < 0 || lo < 0) throw error('Non-hexadecimal digit found');
      out[i] = (hi << 4) | lo;
    }
    return bytes(out);
  };
}

// ---- base64 ---------------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const PAD = 0x3d;

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (n - i === 1) {
    out[o++] = B64.charCodeAt(data[i] >> 2);
    out[o++] = B64.charCodeAt((data[i] & 3) << 4);
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (n - i === 2) {
    out[o++] = B64.charCodeAt(data[i] >> 2);
    out[o++] = B64.charCodeAt(((data[i] & 3) << 4) | (data[i + 1] >> 4));
    out[o++] = B64.charCodeAt((data[i + 1] & 15) << 2);
    out[o++] = PAD;
  }
  if (newline) out[o++] = 0x0a;
  return out;
}

function a2bBase64(d: Uint8Array, strict: boolean): Uint8Array {
  const n = d.length;
  const out = new Uint8Array(Math.floor(((n + 3) / 4)) * 3);
  let o = 0;
  if (strict && n > 0 && d[0] === PAD) throw error('Leading padding not allowed');
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c === PAD) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        // A complete pad sequence ends the data; strict mode refuses anything after it.
        if (strict && i + 1 < n) throw error('Excess data after padding');
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) {
      if (strict) throw error('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw error('Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        left = v;
        break;
      case 1:
        quadPos = 2;
        out[o++] = (left << 2) | (v >> 4);
        left = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out[o++] = ((left << 4) | (v >> 2)) & 0xff;
        left = v & 0x03;
        break;
      default:
        quadPos = 0;
        out[o++] = ((left << 6) | v) & 0xff;
        left = 0;
    }
  }
  if (quadPos === 1) {
    throw error(
      `Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quadPos !== 0) throw error('Incorrect padding');
  return out.slice(0, o);
}

// ---- uuencode -------------------------------------------------------------------------------------

function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) throw error('At most 45 bytes at once');
  const n = data.length;
  const out: number[] = [backtick && n === 0 ? 0x60 : 0x20 + n];
  const enc = (v: number) => (backtick && v === 0 ? 0x60 : 0x20 + v);
  for (let i = 0; i < n; i += 3) {
    const v = (data[i] << 16) | ((i + 1 < n ? data[i + 1] : 0) << 8) | (i + 2 < n ? data[i + 2] : 0);
    out.push(enc(v >> 18), enc((v >> 12) & 63), enc((v >> 6) & 63), enc(v & 63));
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

function a2bUu(d: Uint8Array): Uint8Array {
  let pos = 0;
  let remaining = d.length;
  // The first character is the length; an empty line reads as a NUL there, as C's terminator does.
  let binLen = ((remaining > 0 ? d[pos++] : 0) - 0x20) & 0o77;
  remaining--;
  const out = new Uint8Array(binLen);
  let o = 0;
  let leftBits = 0;
  let leftChar = 0;
  for (; binLen > 0; remaining--, pos++) {
    let c = remaining > 0 ? d[pos] : 0;
    if (c === 0x0a || c === 0x0d || remaining <= 0) {
      // Whitespace: assume spaces got eaten at the end of the line.
      c = 0;
    } else {
      if (c < 0x20 || c > 0x20 + 64) throw error('Illegal char');
      c = (c - 0x20) & 0o77;
    }
    leftChar = (leftChar << 6) | c;
    leftBits += 6;
    if (leftBits >= 8) {
      leftBits -= 8;
      out[o++] = (leftChar >> leftBits) & 0xff;
      leftChar &= (1 << leftBits) - 1;
      binLen--;
    }
  }
  // Whatever follows must be padding or the line end.
  while (remaining-- > 0) {
    const c = d[pos++];
    if (c !== 0x20 && c !== 0x20 + 64 && c !== 0x0a && c !== 0x0d) throw error('Trailing garbage');
  }
  return out;
}

// ---- quoted-printable -----------------------------------------------------------------------------

const MAXLINESIZE = 76;
const UPPER_HEX = '0123456789ABCDEF';

function a2bQp(d: Uint8Array, header: boolean): Uint8Array {
  const n = d.length;
  const out = new Uint8Array(n);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = d[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const e = d[i];
      if (e === 0x0a || e === 0x0d) {
        // A soft line break: skip to the end of the line.
        if (e !== 0x0a) while (i < n && d[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (e === 0x3d) {
        // "==" from broken encoders stands for "=".
        out[o++] = 0x3d;
        i++;
      } else if (i + 1 < n && hexValue(e) >= 0 && hexValue(d[i + 1]) >= 0) {
        out[o++] = (hexValue(e) << 4) | hexValue(d[i + 1]);
        i += 2;
      } else {
        out[o++] = 0x3d;
      }
    } else if (header && c === 0x5f) {
      out[o++] = 0x20;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}

function b2aQp(d: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = d.length;
  const nl = d.indexOf(0x0a);
  const crlf = nl > 0 && d[nl - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = () => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  let i = 0;
  let lineLen = 0;
  while (i < n) {
    const c = d[i];
    const encode =
      c > 126 ||
      c === 0x3d ||
      (header && c === 0x5f) ||
      (c === 0x2e && lineLen === 0 && (i + 1 === n || d[i + 1] === 0x0a || d[i + 1] === 0x0d || d[i + 1] === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === n) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (encode) {
      if (lineLen + 3 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      out.push(0x3d, UPPER_HEX.charCodeAt(c >> 4), UPPER_HEX.charCodeAt(c & 15));
      i++;
      lineLen += 3;
    } else if (istext && (c === 0x0a || (i + 1 < n && c === 0x0d && d[i + 1] === 0x0a))) {
      lineLen = 0;
      // Whitespace at the end of a line is protected by encoding it.
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out[out.length - 1] = 0x3d;
        out.push(UPPER_HEX.charCodeAt(last >> 4), UPPER_HEX.charCodeAt(last & 15));
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== n && d[i + 1] !== 0x0a && lineLen + 1 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---- checksums ------------------------------------------------------------------------------------

let crc32Table: Uint32Array | null = null;
let crcHqxTable: Uint16Array | null = null;

function crc32(data: Uint8Array, crc: number): number {
  if (crc32Table === null) {
    crc32Table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crc32Table[n] = c >>> 0;
    }
  }
  const t = crc32Table;
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function crcHqx(data: Uint8Array, crc: number): number {
  if (crcHqxTable === null) {
    crcHqxTable = new Uint16Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n << 8;
      for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
      crcHqxTable[n] = c;
    }
  }
  const t = crcHqxTable;
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xff00) ^ t[(c >> 8) ^ data[i]];
  return c;
}

// ---- the module -----------------------------------------------------------------------------------

const B2A_BASE64_SIG: Signature = { names: ['data', 'newline'], required: 1, posOnly: 1, kwOnlyFrom: 1 };
const A2B_BASE64_SIG: Signature = { names: ['data', 'strict_mode'], required: 1, posOnly: 1, kwOnlyFrom: 1 };
const B2A_UU_SIG: Signature = { names: ['data', 'backtick'], required: 1, posOnly: 1, kwOnlyFrom: 1 };
const A2B_QP_SIG: Signature = { names: ['data', 'header'], required: 1, posOnly: 0, kwOnlyFrom: 2 };
const B2A_QP_SIG: Signature = { names: ['data', 'quotetabs', 'istext', 'header'], required: 1, posOnly: 0, kwOnlyFrom: 4 };

function makeBinascii(): PyModule {
  const mod = new PyModule('binascii');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  d.setStr('__doc__', 'Conversion between binary data and ASCII');
  d.setStr('Error', BinasciiError);
  d.setStr('Incomplete', BinasciiIncomplete);
  def('a2b_uu', (args, kw) => bytes(a2bUu(asciiArg(single('a2b_uu', args, kw)))));
  def('b2a_uu', (args, kw) => {
    const [data, backtick] = bind('b2a_uu', B2A_UU_SIG, args, kw);
    return bytes(b2aUu(bufferArg(data!), backtick !== undefined && truthy(backtick)));
  });
  def('a2b_base64', (args, kw) => {
    const [data, strict] = bind('a2b_base64', A2B_BASE64_SIG, args, kw);
    return bytes(a2bBase64(asciiArg(data!), strict !== undefined && truthy(strict)));
  });
  def('b2a_base64', (args, kw) => {
    const [data, newline] = bind('b2a_base64', B2A_BASE64_SIG, args, kw);
    return bytes(b2aBase64(bufferArg(data!), newline === undefined || truthy(newline)));
  });
  def('crc_hqx', (args, kw) => {
    noKwargs('binascii.crc_hqx', kw);
    argRange('crc_hqx', args, null, 2, 2);
    return crcHqx(bufferArg(args[0]), uintMask(args[1]));
  });
  def('crc32', (args, kw) => {
    noKwargs('binascii.crc32', kw);
    argRange('crc32', args, null, 1, 2);
    return crc32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 0);
  });
  def('b2a_hex', hexlifyFn('b2a_hex'));
  def('hexlify', hexlifyFn('hexlify'));
  def('a2b_hex', unhexlify('a2b_hex'));
  def('unhexlify', unhexlify('unhexlify'));
  def('a2b_qp', (args, kw) => {
    const [data, header] = bind('a2b_qp', A2B_QP_SIG, args, kw);
    return bytes(a2bQp(asciiArg(data!), header !== undefined && truthy(header)));
  });
  def('b2a_qp', (args, kw) => {
    const [data, quotetabs, istext, header] = bind('b2a_qp', B2A_QP_SIG, args, kw);
    return bytes(b2aQp(
      bufferArg(data!),
      quotetabs !== undefined && truthy(quotetabs),
      istext === undefined || truthy(istext),
      header !== undefined && truthy(header),
    ));
  });
  return mod;
}

registerNativeModule('binascii', makeBinascii);
