// cell comparisons: cells (types.CellType, the boxes in __closure__) order and compare by contents.
// Construction, cell_contents and repr live with the other small types in misc_types.ts; this file
// only adds the rich comparisons, and must not hold anything else.

import { None, NotImplemented } from './singletons.js';
import { PyCell, cellType } from './cell.js';
import { defMethod } from './native.js';
import { richCompare, Cmp } from '../runtime/protocols.js';
import { slotArg } from './tuple_methods.js';

// As cell_richcompare: two full cells compare their contents; otherwise a full cell counts as 1 and
// an empty one as 0 (so empty cells sort first and two empty cells are equal).
const cellCompares: [string, Cmp][] = [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ],
  ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
];
for (const [name, op] of cellCompares) {
  defMethod(cellType, name, (self, args) => {
    const other = slotArg(args);
    if (!(other instanceof PyCell)) return NotImplemented;
    const a = (self as PyCell).value;
    const b = other.value;
    if (a !== undefined && b !== undefined) return richCompare(a, b, op);
    const x = a === undefined ? 0 : 1;
    const y = b === undefined ? 0 : 1;
    switch (op) {
      case Cmp.LT: return x < y;
      case Cmp.LE: return x <= y;
      case Cmp.EQ: return x === y;
      case Cmp.NE: return x !== y;
      case Cmp.GT: return x > y;
      default: return x >= y;
    }
  });
}
// A type that defines __eq__ but not __hash__ is unhashable; CPython's cell type is.
cellType.attrs.set('__hash__', None);
