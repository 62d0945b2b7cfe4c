// _tokenize.TokenizerIter calls readline lazily, one line when the tokenizer needs it, as CPython does
// (the host tokenizes the lines read so far, see vm/modules/tokenize_native.ts): an endless source
// can be tokenized partway, and readline calls interleave with tokens and with errors at EOF exactly as
// in CPython 3.14 (expected lines printed by pyodide). test/diff/cases/tokenize_lazy.py has many more.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from '../vm/run_source.js';

const PROGRAM = String.raw`import tokenize, itertools
log = []
def infinite():
    n = 0
    def readline():
        nonlocal n
        n += 1
        log.append(f'R{n}')
        return f'x{n} = (\n' if n == 3 else f'x{n}\n'
    return readline
for t in itertools.islice(tokenize.generate_tokens(infinite()), 6):
    log.append(t.string)
print(log)
lines = iter(['if a:\n', '    b = 1\n', '    c = """\n', 'text\n'])
log = []
def rl():
    line = next(lines, '')
    log.append('R')
    return line
try:
    for t in tokenize.generate_tokens(rl):
        log.append((tokenize.tok_name[t.type], t.start))
except tokenize.TokenError as e:
    log.append(e.args)
print(log)
`;

describe('_tokenize reading lazily', () => {
  it('interleaves readline calls with tokens and errors', async () => {
    const r = await runSource(PROGRAM);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "['R1', 'x1', '\\n', 'R2', 'x2', '\\n', 'R3', 'x3', '=']",
        "['R', ('NAME', (1, 0)), ('NAME', (1, 3)), ('OP', (1, 4)), ('NEWLINE', (1, 5)), 'R', ('INDENT', (2, 0)), " +
          "('NAME', (2, 4)), ('OP', (2, 6)), ('NUMBER', (2, 8)), ('NEWLINE', (2, 9)), 'R', ('NAME', (3, 4)), " +
          "('OP', (3, 6)), 'R', 'R', ('EOF in multi-line string', (3, 9))]",
      ),
    );
  }, 60_000);
});
