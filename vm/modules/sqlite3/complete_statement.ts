// sqlite3.complete_statement(): whether SQL text ends a complete statement, as sqlite3_complete()
// decides it: the text ends with a ';' outside quotes and comments, and a CREATE TRIGGER body only
// ends at "END;". A small token automaton; no SQL is parsed beyond that.

const enum Tok { Semi, Ws, Other, Explain, Create, Temp, Trigger, End }

// States: 0 invalid (nothing yet), 1 start (after a ';'), 2 normal, 3 explain, 4 create, 5 trigger
// body, 6 ';' inside a trigger body, 7 END inside a trigger body.
const NEXT: readonly (readonly number[])[] = [
  /* 0 */ [1, 0, 2, 3, 4, 2, 2, 2],
  /* 1 */ [1, 1, 2, 3, 4, 2, 2, 2],
  /* 2 */ [1, 2, 2, 2, 2, 2, 2, 2],
  /* 3 */ [1, 3, 3, 2, 4, 2, 2, 2],
  /* 4 */ [1, 4, 2, 2, 2, 4, 5, 2],
  /* 5 */ [6, 5, 5, 5, 5, 5, 5, 5],
  /* 6 */ [6, 6, 5, 5, 5, 5, 5, 7],
  /* 7 */ [1, 7, 5, 5, 5, 5, 5, 5],
];

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

function keyword(word: string): Tok {
  switch (word.toLowerCase()) {
    case 'create': return Tok.Create;
    case 'trigger': return Tok.Trigger;
    case 'temp': case 'temporary': return Tok.Temp;
    case 'end': return Tok.End;
    case 'explain': return Tok.Explain;
    default: return Tok.Other;
  }
}

export function isCompleteStatement(sql: string): boolean {
  let state = 0;
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql.charCodeAt(i);
    let tok: Tok;
    if (c === 0x3b) {
      tok = Tok.Semi;
      i++;
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
      tok = Tok.Ws;
      i++;
    } else if (c === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return false;
      tok = Tok.Ws;
      i = end + 2;
    } else if (c === 0x2d && sql.charCodeAt(i + 1) === 0x2d) {
      const end = sql.indexOf('\n', i + 2);
      if (end < 0) return state === 1;
      tok = Tok.Ws;
      i = end + 1;
    } else if (c === 0x5b) {
      const end = sql.indexOf(']', i + 1);
      if (end < 0) return false;
      tok = Tok.Other;
      i = end + 1;
    } else if (c === 0x27 || c === 0x22 || c === 0x60) {
      const end = sql.indexOf(sql[i], i + 1);
      if (end < 0) return false;
      tok = Tok.Other;
      i = end + 1;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(sql.charCodeAt(j))) j++;
      tok = keyword(sql.slice(i, j));
      i = j;
    } else {
      tok = Tok.Other;
      i++;
    }
    state = NEXT[state][tok];
  }
  return state === 1;
}
