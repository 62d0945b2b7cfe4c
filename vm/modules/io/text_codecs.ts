// Incremental encoders and decoders for TextIOWrapper: the behaviour of the codecs module's
// IncrementalEncoder/IncrementalDecoder classes (utf-8, utf-8-sig, ascii, latin-1, utf-16/32 in both
// byte orders and with a BOM), including getstate()/setstate() as TextIOWrapper.tell() needs them.
//
// The UTF codecs, ascii and latin-1 are done natively, on top of encodeString and decodeBytes (so error
// handlers and messages are the same as str.encode's); names other than their usual spellings are
// resolved through the codec registry (codecs.lookup), and any other codec is used through its Python
// incremental encoder/decoder classes, as CPython does. Nothing here knows about newlines or streams.

import { PyObject, PyValue, strType, typeName } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyTuple, tuple } from '../../objects/tuple.js';
import { PyBaseException, UnicodeDecodeError, LookupError } from '../../objects/exceptions.js';
import { encodeString, decodeBytes } from '../../objects/bytes_methods.js';
import { asIndex, truthy } from '../../runtime/protocols.js';
import { getAttr, getAttrOrUndefined } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, lookupError } from '../../runtime/raise.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { importModule } from '../../runtime/import.js';
import { callMethod } from './iobase.js';

/** An incremental decoder (codecs.IncrementalDecoder's interface). */
export interface IncrementalDecoder {
  decode(input: Uint8Array, final: boolean): string;
  /** (bytes held back, flags) */
  getstate(): [Uint8Array, number];
  setstate(buffered: Uint8Array, flags: number): void;
  reset(): void;
}

/** An incremental encoder (codecs.IncrementalEncoder's interface, state as an int). */
export interface IncrementalEncoder {
  encode(text: string, final?: boolean): Uint8Array;
  setstate(state: number): void;
  reset(): void;
}

/** The codec families pyrewind encodes and decodes natively. */
type Family = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Encoding names taken as they are, without asking the codec registry (the common spellings). */
const DIRECT: Record<string, Family> = {
  'utf-8': 'utf-8', 'UTF-8': 'utf-8', utf8: 'utf-8', 'utf-8-sig': 'utf-8-sig', ascii: 'ascii', 'latin-1': 'latin-1',
  latin1: 'latin-1', 'utf-16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-32': 'utf-32',
  'utf-32-le': 'utf-32-le', 'utf-32-be': 'utf-32-be',
};

/** The registry's canonical names (CodecInfo.name) of the codecs done natively here. */
const CANONICAL: Record<string, Family> = {
  'utf-8': 'utf-8', 'utf-8-sig': 'utf-8-sig', ascii: 'ascii', 'iso8859-1': 'latin-1', 'latin-1': 'latin-1',
  'utf-16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-32': 'utf-32',
  'utf-32-le': 'utf-32-le', 'utf-32-be': 'utf-32-be',
};

// ---- decoders ---------------------------------------------------------------------------------------------

/** Where an incomplete but so far valid UTF-8 sequence starts at the end of data (data.length if none). */
function utf8IncompleteTail(data: Uint8Array): number {
  const n = data.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = data[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (need === 0 || n - i >= need) return n;
    // The second byte of E0/ED/F0/F4 sequences has a narrower range; outside it the bytes are invalid now.
    // Except ED A0..BF, a truncated encoded surrogate: CPython waits for its third byte whatever the
    // error handler (surrogatepass may then decode it).
    if (i + 1 < n) {
      const c = data[i + 1];
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f && !(c <= 0xbf && i + 2 === n)) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return n;
    }
    return i;
  }
  return n;
}

/** Buffered decoders hold back an incomplete final sequence until more input (or final) arrives. */
abstract class BufferedDecoder implements IncrementalDecoder {
  protected pending: Uint8Array = EMPTY;
  constructor(readonly errors: string) {}

  abstract decodeChunk(data: Uint8Array, final: boolean): { text: string; consumed: number };

  decode(input: Uint8Array, final: boolean): string {
    const data = concat(this.pending, input);
    const { text, consumed } = this.decodeChunk(data, final);
    this.pending = consumed === data.length ? EMPTY : data.slice(consumed);
    return text;
  }
  getstate(): [Uint8Array, number] {
    return [this.pending, this.flags()];
  }
  setstate(buffered: Uint8Array, flags: number): void {
    this.pending = buffered.slice();
    this.setFlags(flags);
  }
  reset(): void {
    this.pending = EMPTY;
    this.setFlags(this.initialFlags());
  }
  protected flags(): number {
    return 0;
  }
  protected setFlags(_flags: number): void {}
  protected initialFlags(): number {
    return 0;
  }
}

class Utf8Decoder extends BufferedDecoder {
  decodeChunk(data: Uint8Array, final: boolean): { text: string; consumed: number } {
    const cut = final ? data.length : utf8IncompleteTail(data);
    return { text: decodeBytes(cut === data.length ? data : data.subarray(0, cut), 'utf-8', this.errors), consumed: cut };
  }
}

/** utf-8-sig: skips a leading BOM; `first` is the state flag until the first 3 bytes are seen. */
class Utf8SigDecoder extends Utf8Decoder {
  private first = 1;
  override decodeChunk(data: Uint8Array, final: boolean): { text: string; consumed: number } {
    if (this.first) {
      if (data.length < 3) {
        const isPrefix = data.every((b, i) => b === [0xef, 0xbb, 0xbf][i]);
        if (isPrefix) return { text: '', consumed: 0 };
        this.first = 0;
      } else {
        this.first = 0;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
          const r = super.decodeChunk(data.subarray(3), final);
          return { text: r.text, consumed: r.consumed + 3 };
        }
      }
    }
    return super.decodeChunk(data, final);
  }
  protected override flags(): number {
    return this.first;
  }
  protected override setFlags(flags: number): void {
    this.first = flags;
  }
  protected override initialFlags(): number {
    return 1;
  }
}

/** ascii and latin-1: one byte per character, nothing to hold back. */
class SingleByteDecoder extends BufferedDecoder {
  constructor(errors: string, readonly codec: string) {
    super(errors);
  }
  decodeChunk(data: Uint8Array): { text: string; consumed: number } {
    return { text: decodeBytes(data, this.codec, this.errors), consumed: data.length };
  }
}

/** UTF-16 or UTF-32 in a fixed byte order: whole code units, and no high surrogate left hanging. */
class FixedWidthDecoder extends BufferedDecoder {
  constructor(errors: string, readonly codec: string, readonly unit: number, readonly bigEndian: boolean) {
    super(errors);
  }
  decodeChunk(data: Uint8Array, final: boolean): { text: string; consumed: number } {
    let cut = data.length;
    if (!final) {
      cut -= cut % this.unit;
      if (this.unit === 2 && cut >= 2) {
        const hi = this.bigEndian ? data[cut - 2] : data[cut - 1];
        if (hi >= 0xd8 && hi <= 0xdb) cut -= 2;
      }
    }
    return { text: decodeBytes(cut === data.length ? data : data.subarray(0, cut), this.codec, this.errors), consumed: cut };
  }
}

/** utf-16 / utf-32 with a BOM: the byte order is chosen by the BOM; state 2 means "not yet". */
class BomDecoder extends BufferedDecoder {
  private order: FixedWidthDecoder | null = null;
  constructor(errors: string, readonly unit: number) {
    super(errors);
  }
  private make(bigEndian: boolean): FixedWidthDecoder {
    const name = this.unit === 2 ? (bigEndian ? 'utf-16-be' : 'utf-16-le') : bigEndian ? 'utf-32-be' : 'utf-32-le';
    return new FixedWidthDecoder(this.errors, name, this.unit, bigEndian);
  }
  decodeChunk(data: Uint8Array, final: boolean): { text: string; consumed: number } {
    if (this.order === null) {
      const u = this.unit;
      if (data.length < u) {
        if (final && data.length > 0) return this.make(false).decodeChunk(data, final);
        return { text: '', consumed: 0 };
      }
      const le = u === 2 ? data[0] === 0xff && data[1] === 0xfe : data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0;
      const be = u === 2 ? data[0] === 0xfe && data[1] === 0xff : data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
      if (!le && !be) {
        throw new PyBaseException(UnicodeDecodeError, [`UTF-${u * 8} stream does not start with BOM`]);
      }
      this.order = this.make(be);
      const r = this.order.decodeChunk(data.subarray(u), final);
      return { text: r.text, consumed: r.consumed + u };
    }
    return this.order.decodeChunk(data, final);
  }
  protected override flags(): number {
    // 0: the platform's (little-endian) order, 1: the other, 2: not decided yet.
    return this.order === null ? 2 : this.order.bigEndian ? 1 : 0;
  }
  protected override setFlags(flags: number): void {
    this.order = flags === 2 ? null : this.make(flags === 1);
  }
  protected override initialFlags(): number {
    return 2;
  }
}

// ---- encoders ---------------------------------------------------------------------------------------------

class PlainEncoder implements IncrementalEncoder {
  constructor(readonly codec: string, readonly errors: string) {}
  encode(text: string): Uint8Array {
    return encodeString(text, this.codec, this.errors);
  }
  setstate(): void {}
  reset(): void {}
}

/**
 * Whether the encoder turns ASCII text into the same bytes, one per character, with no state (utf-8,
 * ascii, latin-1): TextIOWrapper may then keep ASCII writes as text and encode them at flush time.
 */
export function encodesAsciiAsIs(e: IncrementalEncoder | null): boolean {
  return e instanceof PlainEncoder && (e.codec === 'utf-8' || e.codec === 'ascii' || e.codec === 'latin-1');
}

/** utf-8-sig, utf-16 and utf-32: a BOM before the first output, unless setstate(0) said "not at the start". */
class BomEncoder implements IncrementalEncoder {
  private first = true;
  constructor(readonly withBom: string, readonly without: string, readonly errors: string) {}
  encode(text: string): Uint8Array {
    if (this.first) {
      this.first = false;
      return encodeString(text, this.withBom, this.errors);
    }
    return encodeString(text, this.without, this.errors);
  }
  setstate(state: number): void {
    this.first = state !== 0;
  }
  reset(): void {
    this.first = true;
  }
}

// ---- Python codec objects -----------------------------------------------------------------------------------

/** A Python incremental decoder object (anything with decode/getstate/setstate/reset). */
export class PythonDecoder implements IncrementalDecoder {
  constructor(readonly obj: PyValue) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = callObject(getAttr(this.obj, 'decode'), [new PyBytes(input), final]);
    return decoderResult(r);
  }
  /** decode() of something that is already a Python object (IncrementalNewlineDecoder passes str or bytes). */
  decodeValue(input: PyValue, final: boolean): string {
    return decoderResult(callObject(getAttr(this.obj, 'decode'), [input, final]));
  }
  getstate(): [Uint8Array, number] {
    const st = callMethod(this.obj, 'getstate');
    if (!(st instanceof PyTuple) || st.items.length !== 2) {
      throw typeError('illegal decoder state');
    }
    const [buf, flag] = st.items;
    if (!(buf instanceof PyBytes)) throw typeError(`illegal decoder state: the first item must be bytes, not '${typeName(buf)}'`);
    const f = asIndex(flag);
    return [buf.data, Number(f)];
  }
  setstate(buffered: Uint8Array, flags: number): void {
    callMethod(this.obj, 'setstate', [tuple([new PyBytes(buffered), flags])]);
  }
  reset(): void {
    callMethod(this.obj, 'reset');
  }
}

export function decoderResult(r: PyValue): string {
  if (typeof r === 'string') return r;
  if (r instanceof PyObject && r.cls.isSubtypeOf(strType)) return (r as unknown as { value: string }).value;
  throw typeError(`decoder should return a string result, not '${typeName(r)}'`);
}


class PythonEncoder implements IncrementalEncoder {
  constructor(readonly obj: PyValue) {}
  encode(text: string, final = false): Uint8Array {
    const r = callObject(getAttr(this.obj, 'encode'), [text, final]);
    if (!(r instanceof PyBytes)) {
      throw typeError(`encoder should return a bytes object, not '${typeName(r)}'`);
    }
    return r.data;
  }
  setstate(state: number): void {
    callMethod(this.obj, 'setstate', [state]);
  }
  reset(): void {
    callMethod(this.obj, 'reset');
  }
}

/** codecs.lookup(encoding) through the codecs module; LookupError for unknown and non-text encodings. */
function lookupCodecInfo(encoding: string): PyValue {
  let codecs: PyValue;
  try {
    codecs = importModule(currentInterpreter(), 'codecs');
  } catch (e) {
    // Without a codecs module, only the encodings done natively exist.
    if (e instanceof PyBaseException && !e.cls.isSubtypeOf(LookupError)) throw lookupError(`unknown encoding: ${encoding}`);
    throw e;
  }
  const info = callObject(getAttr(codecs, 'lookup'), [encoding]);
  const isText = getAttrOrUndefined(info, '_is_text_encoding');
  if (isText !== undefined && !truthy(isText)) throw lookupError(`'${encoding}' is not a text encoding`);
  return info;
}

/** The codec of a TextIOWrapper: validated at construction, encoders/decoders made on demand. */
export class TextCodec {
  private constructor(
    readonly family: Family | null,
    private readonly python: { decoder: PyValue; encoder: PyValue } | null,
  ) {}

  /** Look the encoding up (LookupError "unknown encoding: x" if no codec has it). */
  static lookup(encoding: string): TextCodec {
    const direct = DIRECT[encoding];
    if (direct !== undefined) return new TextCodec(direct, null);
    const info = lookupCodecInfo(encoding);
    const name = getAttrOrUndefined(info, 'name');
    const family = typeof name === 'string' ? CANONICAL[name] : undefined;
    if (family !== undefined) return new TextCodec(family, null);
    return new TextCodec(null, { decoder: getAttr(info, 'incrementaldecoder'), encoder: getAttr(info, 'incrementalencoder') });
  }

  newDecoder(errors: string): IncrementalDecoder {
    switch (this.family) {
      case 'utf-8': return new Utf8Decoder(errors);
      case 'utf-8-sig': return new Utf8SigDecoder(errors);
      case 'ascii':
      case 'latin-1': return new SingleByteDecoder(errors, this.family);
      case 'utf-16-le': return new FixedWidthDecoder(errors, 'utf-16-le', 2, false);
      case 'utf-16-be': return new FixedWidthDecoder(errors, 'utf-16-be', 2, true);
      case 'utf-32-le': return new FixedWidthDecoder(errors, 'utf-32-le', 4, false);
      case 'utf-32-be': return new FixedWidthDecoder(errors, 'utf-32-be', 4, true);
      case 'utf-16': return new BomDecoder(errors, 2);
      case 'utf-32': return new BomDecoder(errors, 4);
    }
    return new PythonDecoder(callObject(this.python!.decoder, [errors]));
  }

  newEncoder(errors: string): IncrementalEncoder {
    switch (this.family) {
      case 'utf-8-sig': return new BomEncoder('utf-8-sig', 'utf-8', errors);
      case 'utf-16': return new BomEncoder('utf-16', 'utf-16-le', errors);
      case 'utf-32': return new BomEncoder('utf-32', 'utf-32-le', errors);
      case null: return new PythonEncoder(callObject(this.python!.encoder, [errors]));
      default: return new PlainEncoder(this.family, errors);
    }
  }
}

