// Tests of corpus discovery: header comments (argv, stdin, exit), directory programs, and pending.txt.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCorpus, loadPending } from './corpus.js';

const root = mkdtempSync(join(tmpdir(), 'pyrewind-corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

test('single files, directories and their headers', () => {
  write('cases/b_simple.py', 'print(1)\n# argv: not a header, after code\n');
  write('cases/a_headers.py', '# argv: x  y z\n# stdin: line1\\nline2\\t\\\\n\n# stdin: more\n# exit: 3\n# a comment\nprint(2)\n');
  write('cases/c_json_argv.py', '# argv: ["two words", ""]\nprint(3)\n');
  write('cases/d_dir/main.py', '# stdin: in\nimport mod\n');
  write('cases/d_dir/mod.py', '');
  write('cases/d_dir/pkg/__init__.py', '');
  write('cases/notes.txt', 'ignored');
  const corpus = loadCorpus(join(root, 'cases'));
  expect(corpus.map((e) => e.program.name)).toEqual(['a_headers.py', 'b_simple.py', 'c_json_argv.py', 'd_dir']);
  const [a, b, c, d] = corpus;
  expect(a!.program.argv).toEqual(['x', 'y', 'z']);
  expect(a!.program.stdin).toBe('line1\nline2\t\\nmore');
  expect(a!.expectedExit).toBe(3);
  expect(b!.program.argv).toEqual([]);
  expect(b!.expectedExit).toBe(0);
  expect(c!.program.argv).toEqual(['two words', '']);
  expect(d!.program.main).toBe('main.py');
  expect([...d!.program.files.keys()]).toEqual(['main.py', 'mod.py', 'pkg/__init__.py']);
  expect(d!.program.stdin).toBe('in');
});

test('pending.txt: names with reasons; a missing reason or a duplicate is an error', () => {
  write('pending.txt', '# comment\n\nints.py  big ints not done\nimports_package relative imports\n');
  expect([...loadPending(join(root, 'pending.txt'))]).toEqual([
    ['ints.py', 'big ints not done'],
    ['imports_package', 'relative imports'],
  ]);
  write('pending2.txt', 'ints.py\n');
  expect(() => loadPending(join(root, 'pending2.txt'))).toThrow(/no reason/);
  write('pending3.txt', 'a.py x\na.py y\n');
  expect(() => loadPending(join(root, 'pending3.txt'))).toThrow(/twice/);
  expect(loadPending(join(root, 'absent.txt')).size).toBe(0);
});
