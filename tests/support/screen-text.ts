import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '@server/db/database';

/** The address's search parameters, as the app's memory history holds them. */
export function searchOf(history: { location: { search: unknown } }): URLSearchParams {
  return new URLSearchParams(String(history.location.search));
}

/** What a screen reader reads: the text without decorative, aria-hidden parts. */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

/** What a sighted reader sees: without sort marks and text for screen readers only. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((part) => part.remove());
  return copy.textContent?.trim() ?? '';
}

/** A count as the Chinese and English pages write it: 3,420. */
export function grouped(value: number): string {
  return value.toLocaleString('en-US');
}

/** How many rows of `table` match `where` in the test database. */
export async function countRows(db: Database, table: PgTable, where?: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}
