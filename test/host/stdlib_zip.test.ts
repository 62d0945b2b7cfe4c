// Reading the standard library out of pyodide's python_stdlib.zip, and zip entries of both methods.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipArchive, stdlibZipPath } from '../../host/node/stdlib_zip.js';

describe('python_stdlib.zip', () => {
  const zip = ZipArchive.open(stdlibZipPath());

  it('lives in the pyodide package', () => {
    expect(stdlibZipPath()).toMatch(/\/node_modules\/pyodide\/python_stdlib\.zip$/);
  });

  it('reads random.py', () => {
    const bytes = zip.readFile('random.py');
    expect(bytes).not.toBeNull();
    const text = new TextDecoder().decode(bytes!);
    expect(text.startsWith('"""Random variable generators.')).toBe(true);
    expect(text).toContain('class Random(_random.Random):');
    expect(text).toContain('def shuffle(self, x):');
    expect(Buffer.isBuffer(bytes)).toBe(false);
  });

  it('reads files inside packages', () => {
    const text = new TextDecoder().decode(zip.readFile('json/__init__.py')!);
    expect(text).toContain('def dumps(');
  });

  it('stats files and implied directories', () => {
    expect(zip.stat('random.py')).toBe('file');
    expect(zip.stat('json')).toBe('dir');
    expect(zip.stat('json/')).toBe('dir');
    expect(zip.stat('json/__init__.py')).toBe('file');
    expect(zip.stat('')).toBe('dir');
    expect(zip.stat('no_such_module.py')).toBeNull();
    expect(zip.stat('rand')).toBeNull();
    expect(zip.readFile('json')).toBeNull();
    expect(zip.readFile('no_such_module.py')).toBeNull();
  });

  it('lists directories', () => {
    const top = zip.list('')!;
    expect(top).toContain('random.py');
    expect(top).toContain('json');
    expect(zip.list('json')).toContain('decoder.py');
    expect(zip.list('random.py')).toBeNull();
  });
});

/** A minimal zip writer for the tests: one local header + data per entry, then the central directory. */
function makeZip(entries: { name: string; data: Buffer; deflate: boolean }[], prefix = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([prefix, ...locals, cd, eocd]);
}

describe('ZipArchive', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pyrewind-zip-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const big = Buffer.from('x = 1\n'.repeat(10_000));
  const entries = [
    { name: 'stored.py', data: Buffer.from('print("stored")\n'), deflate: false },
    { name: 'pkg/sub/deflated.py', data: big, deflate: true },
    { name: 'empty.py', data: Buffer.alloc(0), deflate: false },
  ];

  it('reads stored and deflated entries', () => {
    const path = join(dir, 'a.zip');
    writeFileSync(path, makeZip(entries));
    const zip = ZipArchive.open(path);
    expect(Buffer.from(zip.readFile('stored.py')!).toString()).toBe('print("stored")\n');
    expect(Buffer.from(zip.readFile('pkg/sub/deflated.py')!).equals(big)).toBe(true);
    expect(zip.readFile('empty.py')!.length).toBe(0);
    expect(zip.stat('pkg')).toBe('dir');
    expect(zip.stat('pkg/sub')).toBe('dir');
    expect(zip.stat('pkg/sub/deflated.py')).toBe('file');
  });

  it('implies every directory above an entry, whatever the order of the entries', () => {
    const path = join(dir, 'dirs.zip');
    const data = Buffer.from('x\n');
    writeFileSync(path, makeZip([
      { name: 'a/b/c/d.py', data, deflate: false },
      { name: 'a/e.py', data, deflate: false },
      { name: 'a/b/f/', data: Buffer.alloc(0), deflate: false },
    ]));
    const zip = ZipArchive.open(path);
    for (const d of ['a', 'a/b', 'a/b/c', 'a/b/f']) expect(zip.stat(d)).toBe('dir');
    expect(zip.list('a/b')).toEqual(['c', 'f']);
    expect(zip.list('a')).toEqual(['b', 'e.py']);
  });

  it('copes with data prepended to the archive', () => {
    const path = join(dir, 'prefixed.zip');
    writeFileSync(path, makeZip(entries, Buffer.from('#!/bin/sh\nexit 0\n')));
    expect(Buffer.from(ZipArchive.open(path).readFile('stored.py')!).toString()).toBe('print("stored")\n');
  });

  it('refuses a file that is not a zip', () => {
    const path = join(dir, 'not.zip');
    writeFileSync(path, 'just text');
    expect(() => ZipArchive.open(path)).toThrow(/is not a usable zip archive/);
  });
});
