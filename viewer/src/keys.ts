// Keyboard shortcuts: one table that both handles keys and fills the help overlay (shown on `?`), so the
// list people read is the list that works.

export interface Shortcut {
  keys: string[];
  label: string;
  run: () => void;
}

/** The key name of an event, with Shift folded into letters: 'n', 'N', 'ArrowLeft', '?'. */
function keyOf(e: KeyboardEvent): string {
  return e.key.length === 1 ? e.key : e.key;
}

export function installShortcuts(shortcuts: Shortcut[], helpTable: HTMLTableElement): void {
  const byKey = new Map<string, Shortcut>();
  for (const s of shortcuts) for (const k of s.keys) byKey.set(k, s);
  helpTable.replaceChildren(
    ...shortcuts.map((s) => {
      const tr = document.createElement('tr');
      const keys = document.createElement('td');
      for (const k of s.keys) {
        const kbd = document.createElement('kbd');
        kbd.textContent = k.replace('Arrow', '').replace('Left', '←').replace('Right', '→').replace('Up', '↑').replace('Down', '↓');
        keys.append(kbd);
      }
      const label = document.createElement('td');
      label.textContent = s.label;
      tr.append(keys, label);
      return tr;
    }),
  );
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) {
      if (e.key === 'Escape') target.blur();
      return;
    }
    const s = byKey.get(keyOf(e));
    if (s === undefined) return;
    e.preventDefault();
    s.run();
  });
}
