// The recorder's pair-keyed hash table (recorder/pair_table.ts): ids found again by their pair, negative
// and colliding keys kept apart, growth past half load, and clear() forgetting everything, including the
// recent-pairs cache that answers lookups before the table.

import { expect, test } from 'vitest';
import { PairTable } from '../../recorder/pair_table.js';

test('finds each pair it was given, across growth, and nothing else', () => {
  const t = new PairTable(16);
  const n = 5000;
  for (let i = 1; i <= n; i++) t.set(i % 7 === 0 ? 0 : i - 3, -i, i);
  expect(t.size).toBe(n);
  for (let i = 1; i <= n; i++) expect(t.get(i % 7 === 0 ? 0 : i - 3, -i)).toBe(i);
  expect(t.get(1, 1)).toBe(0);
  expect(t.get(-3, -1)).toBe(0); // (i - 3, -i) for i = 1 is (-2, -1)
  expect(t.get(-2, -1)).toBe(1);
});

test('clear() forgets every pair, also those the recent cache holds, and the table is usable again', () => {
  const t = new PairTable(64);
  for (let i = 1; i <= 20; i++) t.set(i, i * 2, i);
  expect(t.get(5, 10)).toBe(5); // now in the recent cache
  t.clear();
  expect(t.size).toBe(0);
  for (let i = 1; i <= 20; i++) expect(t.get(i, i * 2)).toBe(0);
  t.set(5, 10, 99);
  expect(t.get(5, 10)).toBe(99);
});
