// The unicodedata module in the VM: its tables are read through the host only when a program
// imports it (start-up pays nothing), the data file parses back into the generated sections, the
// "\N{...}" hook for the unicode_escape codec resolves names and aliases but not sequences, and the
// module answers from Python.

import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from './program_runner.js';
import type { Interpreter } from '../../vm/runtime/interpreter.js';
import { UCD_SECTIONS } from '../../vm/modules/unicodedata/ucd_data.js';
import { parseSections } from '../../vm/modules/unicodedata/data_source.js';
import { codePointForName } from '../../vm/modules/unicodedata/module.js';

const DATA_FILE = fileURLToPath(new URL('../../vm/modules/unicodedata/ucd_data.ts', import.meta.url));

let dataReads = 0;
let lastInterp: Interpreter | null = null;
function countDataReads(interp: Interpreter): void {
  lastInterp = interp;
  const host = interp.host;
  const read = host.readFile.bind(host);
  host.readFile = (path: string) => {
    const data = read(path);
    if (path.includes('ucd_data.') && data !== null) dataReads++;
    return data;
  };
}

describe('unicodedata module', () => {
  it('reads no table at start-up, and reads them once on the first import', async () => {
    const plain = await runProgram({ 'main.py': 'import binascii, base64\nprint(base64.b64encode(b"x"))\n' }, countDataReads);
    expect(plain.stdout).toBe("b'eA=='\n");
    expect(dataReads).toBe(0);
    const r = await runProgram({
      'main.py': [
        'import unicodedata',
        "print(unicodedata.name('\\u00e9'), unicodedata.lookup('SNOWMAN'), unicodedata.normalize('NFD', '\\u00e9') == 'e\\u0301')",
        "print(unicodedata.ucd_3_2_0.category('\\u0221'), unicodedata.numeric('\\u2155'))",
      ].join('\n') + '\n',
    }, countDataReads);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('LATIN SMALL LETTER E WITH ACUTE \u2603 True\nCn 0.2\n');
    expect(dataReads).toBe(1);
  });

  it('parses the data file back into the generated sections', () => {
    const sections = parseSections(readFileSync(DATA_FILE, 'utf8'));
    expect(sections).toEqual([...UCD_SECTIONS]);
    expect(sections[0]).toBe('16.0.0;3.2.0');
  });

  it('keeps the committed data compact', () => {
    expect(statSync(DATA_FILE).size).toBeLessThan(600_000);
  });

  it('resolves \\N{...} names for the unicode_escape codec without named sequences', () => {
    const interp = lastInterp!;
    expect(codePointForName(interp, 'LATIN SMALL LETTER A')).toBe(0x61);
    expect(codePointForName(interp, 'latin small letter a')).toBe(0x61);
    expect(codePointForName(interp, 'BOM')).toBe(0xfeff);
    expect(codePointForName(interp, 'HANGUL SYLLABLE GAG')).toBe(0xac01);
    expect(codePointForName(interp, 'CJK UNIFIED IDEOGRAPH-20000')).toBe(0x20000);
    expect(codePointForName(interp, 'KEYCAP DIGIT ONE')).toBe(-1);
    expect(codePointForName(interp, 'NOT A NAME')).toBe(-1);
    expect(codePointForName(interp, 'A\0')).toBe(-1);
  });
});
