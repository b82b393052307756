import { ilike, not, or, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SortOrder } from '../../contract/list-params';

/** In an aggregate query: how many rows meet `condition`. */
export function countWhere(condition: SQL) {
  return sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
}

/** In an aggregate query: the total of an amount column to the cent, 0 over no rows. */
export function sumAmount(column: AnyColumn) {
  // sum() of numeric comes back as text on both drivers.
  return sql<number>`round(coalesce(sum(${column}), 0), 2)`.mapWith(Number);
}

/** A condition selected as a column: true or false, never null. */
export function flag(condition: SQL) {
  return sql<boolean>`coalesce(${condition}, false)`.mapWith(Boolean);
}

/** A yes/no filter on a condition: `true` keeps the rows meeting it, `false` the others. */
export function whether(condition: SQL, wanted: boolean | undefined) {
  if (wanted === undefined) return undefined;
  return wanted ? condition : not(flag(condition));
}

/** An ORDER BY term; blanks go last either way, so they never lead a list. */
export function sortTerm(expression: SQLWrapper, order: SortOrder) {
  return order === 'asc' ? sql`${expression} asc nulls last` : sql`${expression} desc nulls last`;
}

/**
 * Text in code-point order: the same on PGlite and on any PostgreSQL locale. Names sort by their
 * pinyin key in this order (`textOrder(firms.nameSortKey)`), so 安徽 comes before 北京.
 */
export function textOrder(column: AnyColumn) {
  return sql`${column} collate "C"`;
}

/** Any of `columns` contains `text`, any case; `%`, `_` and `\` in the text match themselves. */
export function containsText(text: string | undefined, ...columns: AnyColumn[]) {
  if (!text) return undefined;
  const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  return or(...columns.map((column) => ilike(column, pattern)));
}

/** The one row of an aggregate query without GROUP BY (PostgreSQL always returns exactly one). */
export async function aggregateRow<Row>(query: PromiseLike<Row[]>): Promise<Row> {
  const [row] = await query;
  if (!row) throw new Error('An aggregate query returned no row');
  return row;
}

/** The first row, or undefined when there is none. */
export async function firstRow<Row>(query: PromiseLike<Row[]>): Promise<Row | undefined> {
  const [row] = await query;
  return row;
}
