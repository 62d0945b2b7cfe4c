// The input side of the parser: turns the bytes given to Parse() into text, incrementally, the
// way expat picks the document's encoding: the encoding given to ParserCreate, else a byte order
// mark or the UTF-16 form of "<?", else the XML declaration's encoding (UTF-8 by default). Expat's
// own encodings are UTF-8, UTF-16 (LE/BE), ISO-8859-1 and US-ASCII; any other name is looked up
// as a Python codec, which must map each byte to one character (pyexpat's unknown-encoding handler).
//
// A byte that cannot start or continue a character becomes U+FFFF, a character XML forbids, so the
// tokenizer reports "not well-formed (invalid token)" where it stands. This file does not tokenize.

import { decodeBytes, latin1Text } from '../../objects/bytes_methods.js';
import { valueError } from '../../runtime/raise.js';
import { XmlError, E } from './errors.js';

/** Stands for an undecodable byte: not an XML character, so the tokenizer rejects it. */
export const BAD_BYTE = '\uffff';

const enum Kind {
  /** Not known yet: waiting for the first bytes or the XML declaration. */
  Auto,
  Utf8,
  Utf16le,
  Utf16be,
  Latin1,
  Ascii,
  /** A one-byte Python codec, through `table`. */
  Table,
}

function kindOfName(name: string): Kind | null {
  switch (name.toUpperCase()) {
    case 'UTF-8':
      return Kind.Utf8;
    case 'UTF-16':
      return null; // the byte order comes from the data
    case 'UTF-16LE':
      return Kind.Utf16le;
    case 'UTF-16BE':
      return Kind.Utf16be;
    case 'ISO-8859-1':
      return Kind.Latin1;
    case 'US-ASCII':
      return Kind.Ascii;
    default:
      return Kind.Table;
  }
}

/** The value of encoding="..." in an XML declaration given as Latin-1 text, or null. */
function declaredEncoding(decl: string): string | null {
  const m = /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(decl);
  return m === null ? null : (m[1] ?? m[2]);
}

export class InputDecoder {
  private kind = Kind.Auto;
  private table: string[] | null = null;
  /** Bytes kept for the next call: an incomplete character, or the undecided start. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Bytes of a byte order mark consumed (they count in CurrentByteIndex). */
  bomBytes = 0;
  /** Set when the final call ended inside a multi-byte character. */
  partialAtEnd = false;
  /** [line, column, byte] of the declared encoding's name, where a failure to use it is reported. */
  failAt: [number, number, number] | null = null;
  /** Whether the text came as str (pyexpat passes str as UTF-8 whatever the declaration says). */
  private forced = false;

  constructor(private readonly protocolEncoding: string | null) {}

  /** Bytes each code point took in the input, for CurrentByteIndex. */
  byteWidth(cp: number): number {
    switch (this.kind) {
      case Kind.Utf16le:
      case Kind.Utf16be:
        return cp > 0xffff ? 4 : 2;
      case Kind.Utf8:
      case Kind.Auto:
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      default:
        return 1;
    }
  }

  /** Text given as str: decoded already, counted as UTF-8. */
  text(s: string): string {
    if (this.kind === Kind.Auto) {
      this.kind = Kind.Utf8;
      this.forced = true;
    }
    return s;
  }

  /** The text decoded from `data` (with what was pending), keeping an incomplete tail unless final. */
  feed(data: Uint8Array, final: boolean): string {
    let buf = data;
    if (this.pending.length > 0) {
      buf = new Uint8Array(this.pending.length + data.length);
      buf.set(this.pending);
      buf.set(data, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    if (this.kind === Kind.Auto && !this.forced) {
      const start = this.decide(buf, final);
      if (start < 0) {
        this.pending = buf.slice();
        return '';
      }
      buf = buf.subarray(start);
    }
    return this.decode(buf, final);
  }

  /** Chooses the encoding; returns where the text starts (after a byte order mark), or -1 to wait. */
  private decide(b: Uint8Array, final: boolean): number {
    if (this.protocolEncoding !== null) {
      const k = kindOfName(this.protocolEncoding);
      if (k !== null && k !== Kind.Table) {
        this.kind = k;
        return k === Kind.Utf8 ? this.utf8Bom(b) : k === Kind.Utf16le || k === Kind.Utf16be ? this.utf16Bom(b, k) : 0;
      }
      if (k === Kind.Table) {
        this.setTable(this.protocolEncoding);
        return 0;
      }
      // "UTF-16": the byte order from the data.
      if (b.length < 2 && !final) return -1;
      if (b[0] === 0xfe && b[1] === 0xff) return this.setBom(Kind.Utf16be, 2);
      if (b[0] === 0xff && b[1] === 0xfe) return this.setBom(Kind.Utf16le, 2);
      this.kind = Kind.Utf16be;
      return 0;
    }
    if (b.length < 4 && !final) {
      // Too short to tell a byte order mark or the UTF-16 "<?" apart; a short plain start is fine.
      if (b.length === 0 || b[0] === 0xfe || b[0] === 0xff || b[0] === 0xef || b[0] === 0x00 || b[0] === 0x3c) return -1;
    }
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return this.setBom(Kind.Utf16be, 2);
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return this.setBom(Kind.Utf16le, 2);
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.bomBytes = 3;
      return this.fromDeclaration(b, 3, final);
    }
    if (b.length >= 2 && b[0] === 0x3c && b[1] === 0x00) {
      this.kind = Kind.Utf16le;
      return 0;
    }
    if (b.length >= 2 && b[0] === 0x00 && b[1] === 0x3c) {
      this.kind = Kind.Utf16be;
      return 0;
    }
    return this.fromDeclaration(b, 0, final);
  }

  private setBom(k: Kind, n: number): number {
    this.kind = k;
    this.bomBytes = n;
    return n;
  }

  private utf8Bom(b: Uint8Array): number {
    return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? this.setBom(Kind.Utf8, 3) : 0;
  }

  private utf16Bom(b: Uint8Array, k: Kind): number {
    if (k === Kind.Utf16be && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return this.setBom(k, 2);
    if (k === Kind.Utf16le && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return this.setBom(k, 2);
    return 0;
  }

  /** An ASCII-compatible start: the XML declaration's encoding, once the declaration is complete. */
  private fromDeclaration(b: Uint8Array, start: number, final: boolean): number {
    const head = '<?xml';
    for (let i = 0; i < head.length; i++) {
      if (start + i >= b.length) {
        if (final) break;
        return -1;
      }
      if (b[start + i] !== head.charCodeAt(i)) {
        this.kind = Kind.Utf8;
        return start;
      }
    }
    let end = -1;
    for (let i = start + 5; i + 1 < b.length; i++) {
      if (b[i] === 0x3f && b[i + 1] === 0x3e) {
        end = i + 2;
        break;
      }
      if (b[i] === 0x3e) break; // not a declaration the tokenizer will accept; it reports that
    }
    if (end < 0 && !final && b.length - start < 1024) {
      // Still inside the declaration, unless a '>' already ended something else.
      let sawGt = false;
      for (let i = start + 5; i < b.length; i++) if (b[i] === 0x3e) sawGt = true;
      if (!sawGt) return -1;
    }
    const decl = end < 0 ? '' : latin1Text(b.subarray(start, end));
    const enc = end < 0 ? null : declaredEncoding(decl);
    if (enc === null) {
      this.kind = Kind.Utf8;
      return start;
    }
    // Where expat stands when it looks the encoding up: at the start of its name.
    const at = decl.search(/\sencoding\s*=\s*["']/);
    const valueAt = decl.indexOf(enc, at);
    const lines = decl.slice(0, valueAt).split(/\r\n?|\n/);
    this.failAt = [lines.length, lines[lines.length - 1].length, start + valueAt];
    const k = kindOfName(enc);
    if (k === null || k === Kind.Utf16le || k === Kind.Utf16be) {
      // A UTF-16 document would not have its declaration in single bytes.
      throw new XmlError(E.INCORRECT_ENCODING, -1);
    }
    if (k === Kind.Table) this.setTable(enc);
    else this.kind = k;
    return start;
  }

  /** pyexpat's unknown-encoding handler: the codec must give one character per byte. */
  private setTable(name: string): void {
    const all = new Uint8Array(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    const s = decodeBytes(all, name, 'replace');
    const chars = Array.from(s);
    if (chars.length !== 256) throw valueError('multi-byte encodings are not supported');
    this.table = chars.map((c) => (c === '\ufffd' ? BAD_BYTE : c));
    this.kind = Kind.Table;
  }

  private decode(b: Uint8Array, final: boolean): string {
    switch (this.kind) {
      case Kind.Utf8:
      case Kind.Auto:
        return this.decodeUtf8(b, final);
      case Kind.Utf16le:
      case Kind.Utf16be:
        return this.decodeUtf16(b, final, this.kind === Kind.Utf16le);
      case Kind.Latin1:
        return latin1Text(b);
      case Kind.Ascii: {
        let s = '';
        for (let i = 0; i < b.length; i++) s += b[i] < 0x80 ? String.fromCharCode(b[i]) : BAD_BYTE;
        return s;
      }
      case Kind.Table: {
        const t = this.table!;
        let s = '';
        for (let i = 0; i < b.length; i++) s += t[b[i]];
        return s;
      }
    }
  }

  private decodeUtf8(b: Uint8Array, final: boolean): string {
    const parts: string[] = [];
    let run = 0;
    let i = 0;
    const n = b.length;
    while (i < n) {
      const c = b[i];
      if (c < 0x80) {
        i++;
        continue;
      }
      let need: number;
      let min: number;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        min = 0x10000;
      } else {
        parts.push(latin1Text(b.subarray(run, i)), BAD_BYTE);
        i++;
        run = i;
        continue;
      }
      if (i + need >= n) {
        // Fewer bytes left than the character needs: check what is there, then wait or fail.
        let ok = true;
        for (let j = i + 1; j < n; j++) if ((b[j] & 0xc0) !== 0x80) ok = false;
        if (ok) {
          parts.push(utf8Slice(b, run, i));
          if (final) this.partialAtEnd = true;
          else this.pending = b.slice(i);
          return parts.join('');
        }
      }
      let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      let bad = false;
      for (let j = 1; j <= need; j++) {
        const d = i + j < n ? b[i + j] : 0;
        if ((d & 0xc0) !== 0x80) {
          bad = true;
          break;
        }
        cp = (cp << 6) | (d & 0x3f);
      }
      if (bad || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        parts.push(utf8Slice(b, run, i), BAD_BYTE);
        i++;
        run = i;
        continue;
      }
      i += need + 1;
    }
    parts.push(utf8Slice(b, run, n));
    return parts.join('');
  }

  private decodeUtf16(b: Uint8Array, final: boolean, le: boolean): string {
    const n = b.length & ~1;
    let s = '';
    for (let i = 0; i < n; i += 2) s += String.fromCharCode(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
    if (n < b.length) {
      if (final) this.partialAtEnd = true;
      else this.pending = b.slice(n);
    }
    return s;
  }
}

const utf8 = new TextDecoder('utf-8');

function utf8Slice(b: Uint8Array, from: number, to: number): string {
  return from === to ? '' : utf8.decode(b.subarray(from, to));
}
