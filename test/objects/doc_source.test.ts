// The docstring data of built-ins (vm/objects/doc_data.ts, generated from CPython 3.14 by
// scripts/gen-docstrings.mjs) is read on first use only: no VM module imports it, so start-up does not
// parse it; and the loader finds CPython's texts by "module:qualname".

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('built-in docstrings', () => {
  it('are not imported by any VM module', () => {
    const vm = join(__dirname, '..', '..', 'vm');
    const importers = tsFiles(vm).filter((f) => /from '[^']*doc_data\.js'|import\('[^']*doc_data/.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([]);
  });

  it('are CPython 3.14 texts, with text signatures', async () => {
    const text = readFileSync(join(__dirname, '..', '..', 'vm', 'objects', 'doc_data.ts'), 'utf8');
    const literal = text.slice(text.indexOf('= "') + 2, text.lastIndexOf('"') + 1);
    const { builtinDoc, builtinTextSignature, setDocData } = await import('../../vm/objects/doc_source.js');
    setDocData(JSON.parse(literal) as string);
    expect(builtinDoc('builtins:len')).toBe('Return the number of items in a container.');
    expect(builtinTextSignature('builtins:len')).toBe('($module, obj, /)');
    expect(builtinTextSignature('builtins:list.append')).toBe('($self, object, /)');
    expect(builtinDoc('builtins:ValueError')).toBe('Inappropriate argument value (of correct type).');
    expect(builtinDoc('math:sqrt')).toBe('Return the square root of x.');
    expect(builtinDoc('builtins:no_such_thing')).toBeNull();
  });
});
