import { asc, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { SortOrder } from '../../contract/list-params';
import { sortTerm } from './sql';

interface PageQuery {
  page: number;
  pageSize: number;
}

/** Rows to skip for the requested page. */
export function pageOffset({ page, pageSize }: PageQuery): number {
  return (page - 1) * pageSize;
}

/** A list response: the page's items, how many match in all, and the page asked for. */
export function toPage<Item>(items: Item[], total: number, { page, pageSize }: PageQuery) {
  return { items, total, page, pageSize };
}

interface SortedPageQuery extends PageQuery {
  order: SortOrder;
}

/**
 * One page of a filtered select, sorted by `sortBy` then by id (so pages never overlap or skip a
 * row), with how many rows match in all: the two queries run side by side.
 */
export async function findPage<Select extends PgSelect>(
  select: Select,
  total: Promise<number>,
  sortBy: SQLWrapper,
  id: AnyColumn | SQL,
  query: SortedPageQuery,
): Promise<{ rows: Awaited<Select>; total: number }> {
  const [rows, count] = await Promise.all([
    select
      .orderBy(sortTerm(sortBy, query.order), asc(id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    total,
  ]);
  return { rows, total: count };
}
