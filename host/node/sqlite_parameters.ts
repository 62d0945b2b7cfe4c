// The parameters of one SQL statement as SQLite numbers them (sqlite3_bind_parameter_count and
// sqlite3_bind_parameter_name), found by scanning the SQL text, because better-sqlite3 does not expose them.
//
// SQLite's rules: a nameless "?" takes the index after the largest so far; "?NNN" takes index NNN; a
// named ":x", "@x" or "$x" takes the next index on its first appearance and shares it afterwards. Text in
// quotes ('..', "..", `..`, [..]) and comments (-- .. and /* .. */) holds no parameters. The scan stops at
// the first top-level ';' only when a caller asks (execute() compiles one statement).

/** Names by index (0-based array of 1-based indexes): the name with its prefix, or null for nameless. */
export function sqlParameterNames(sql: string): (string | null)[] {
  const names: (string | null)[] = [];
  const byName = new Map<string, number>();
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 0x27 || c === 0x22 || c === 0x60) {
      // '...', "...", `...`: a doubled quote stays inside.
      i++;
      while (i < n) {
        if (sql.charCodeAt(i) === c) {
          if (i + 1 < n && sql.charCodeAt(i + 1) === c) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === 0x5b) {
      const end = sql.indexOf(']', i + 1);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x2d && sql.charCodeAt(i + 1) === 0x2d) {
      const end = sql.indexOf('\n', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 0x3f) {
      let j = i + 1;
      while (j < n && isDigit(sql.charCodeAt(j))) j++;
      if (j > i + 1) {
        const index = Number(sql.slice(i + 1, j));
        while (names.length < index) names.push(null);
        names[index - 1] = sql.slice(i, j);
        byName.set(sql.slice(i, j), index);
      } else names.push(null);
      i = j;
    } else if (c === 0x3a || c === 0x40 || c === 0x24) {
      let j = i + 1;
      while (j < n && isIdentChar(sql.charCodeAt(j))) j++;
      if (j > i + 1) {
        const name = sql.slice(i, j);
        if (!byName.has(name)) {
          names.push(name);
          byName.set(name, names.length);
        }
      }
      i = j;
    } else if (isIdentChar(c)) {
      // Skip whole words so that "a:b" style text inside identifiers is not misread.
      i++;
      while (i < n && isIdentChar(sql.charCodeAt(i))) i++;
    } else i++;
  }
  return names;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isIdentChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
