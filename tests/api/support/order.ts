import { expect } from 'vitest';

type Sortable = string | number | null;

/** Code-point order, as PostgreSQL's `collate "C"` sorts text. */
export function compareText(a: string, b: string): number {
  const left = [...a].map((char) => char.codePointAt(0) ?? 0);
  const right = [...b].map((char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

function compareValues(a: Sortable, b: Sortable): number {
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return Number(a) - Number(b);
}

/**
 * Every neighbouring pair is in `order` by `key`, blanks last either way, and ties go by
 * ascending id: the API's stable sort.
 */
export function expectSorted<Item extends { id: number }>(
  items: readonly Item[],
  key: (item: Item) => Sortable,
  order: 'asc' | 'desc',
): void {
  expect(items.length, 'a sort check needs several items').toBeGreaterThan(1);
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1] as Item;
    const current = items[i] as Item;
    const [a, b] = [key(previous), key(current)];
    const pair = `${JSON.stringify(a)} (#${previous.id}) then ${JSON.stringify(b)} (#${current.id})`;
    if (a === null || b === null) {
      expect(a !== null || b === null, `blank before a value: ${pair}`).toBe(true);
      if (a === null && b === null) expect(previous.id, pair).toBeLessThan(current.id);
      continue;
    }
    const comparison = compareValues(a, b) * (order === 'asc' ? 1 : -1);
    expect(comparison, pair).toBeLessThanOrEqual(0);
    if (comparison === 0) expect(previous.id, pair).toBeLessThan(current.id);
  }
}

/**
 * Checks a list sorted by `key` both ways (`pages` holds the first page of each order), and that
 * the pages hold different keys at all: a page of ties would pass whatever the sort did.
 */
export function expectSortedBothWays<Item extends { id: number }>(
  pages: { asc: readonly Item[]; desc: readonly Item[] },
  key: (item: Item) => Sortable,
): void {
  expectSorted(pages.asc, key, 'asc');
  expectSorted(pages.desc, key, 'desc');
  const keys = new Set([...pages.asc, ...pages.desc].map(key));
  expect(keys.size, 'the sorted pages should hold different keys').toBeGreaterThan(1);
}
