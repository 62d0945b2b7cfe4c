// A small strict XML well-formedness check for the diagram tests (no XML library in the project): tags
// nest and match, attributes are quoted and unique, `<` never appears raw in text or attribute values,
// every `&` starts a known entity, `]]>` never appears in text, and there is exactly one root element.
// Not a test file itself; it returns the first problem found, or null.

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITY = /^&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function checkText(text: string, where: number): string | null {
  if (text.includes(']]>')) return `']]>' in text at ${where}`;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12))) return `bad '&' at ${where + i}: ${JSON.stringify(text.slice(i, i + 12))}`;
  }
  return null;
}

export function xmlProblem(doc: string): string | null {
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const text = doc.slice(i, lt < 0 ? doc.length : lt);
    const bad = checkText(text, i);
    if (bad !== null) return bad;
    if (open.length === 0 && text.trim() !== '') return `text outside the root at ${i}`;
    if (lt < 0) break;
    i = lt;
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4);
      if (end < 0) return 'unclosed comment';
      i = end + 3;
      continue;
    }
    if (doc.startsWith('<?', i)) {
      const end = doc.indexOf('?>', i + 2);
      if (end < 0) return 'unclosed processing instruction';
      i = end + 2;
      continue;
    }
    if (doc.startsWith('<![CDATA[', i)) {
      const end = doc.indexOf(']]>', i);
      if (end < 0 || open.length === 0) return 'bad CDATA section';
      i = end + 3;
      continue;
    }
    if (doc.startsWith('</', i)) {
      const m = NAME.exec(doc.slice(i + 2));
      if (m === null) return `bad end tag at ${i}`;
      const name = m[0];
      let j = i + 2 + name.length;
      while (/\s/.test(doc[j] ?? '')) j++;
      if (doc[j] !== '>') return `bad end tag </${name} at ${i}`;
      const top = open.pop();
      if (top !== name) return `</${name}> closes <${top ?? 'nothing'}> at ${i}`;
      i = j + 1;
      continue;
    }
    const m = NAME.exec(doc.slice(i + 1));
    if (m === null) return `raw '<' at ${i}`;
    const name = m[0];
    if (open.length === 0 && ++roots > 1) return `a second root element <${name}> at ${i}`;
    let j = i + 1 + name.length;
    const seen = new Set<string>();
    for (;;) {
      const ws = j;
      while (/\s/.test(doc[j] ?? '')) j++;
      if (doc.startsWith('/>', j)) {
        j += 2;
        break;
      }
      if (doc[j] === '>') {
        open.push(name);
        j += 1;
        break;
      }
      if (j === ws) return `attributes of <${name}> not separated at ${j}`;
      const a = NAME.exec(doc.slice(j));
      if (a === null) return `bad attribute in <${name}> at ${j}`;
      if (seen.has(a[0])) return `attribute ${a[0]} twice in <${name}>`;
      seen.add(a[0]);
      j += a[0].length;
      if (doc[j] !== '=') return `attribute ${a[0]} without a value at ${j}`;
      const q = doc[j + 1];
      if (q !== '"' && q !== "'") return `unquoted attribute ${a[0]} at ${j}`;
      const end = doc.indexOf(q, j + 2);
      if (end < 0) return `unclosed attribute ${a[0]}`;
      const value = doc.slice(j + 2, end);
      if (value.includes('<')) return `'<' in attribute ${a[0]} at ${j}`;
      const badValue = checkText(value, j + 2);
      if (badValue !== null) return badValue;
      j = end + 1;
    }
    i = j;
  }
  if (open.length > 0) return `unclosed <${open[open.length - 1]}>`;
  if (roots !== 1) return 'no root element';
  return null;
}
