import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { ChainListQuery } from '../../../contract/chains';
import type { Database } from '../../../db/database';
import { chains, departments } from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { refColumns } from '../../queries/refs';

/** Chains with their lead department, in display order; add where. */
export function selectChains(db: Database) {
  return db
    .select({
      id: chains.id,
      code: chains.code,
      name: chains.name,
      nameEn: chains.nameEn,
      category: chains.category,
      leaderName: chains.leaderName,
      leaderTitle: chains.leaderTitle,
      leadDepartment: refColumns(departments),
      status: chains.status,
      statusNote: chains.statusNote,
      statusSetBy: chains.statusSetBy,
      statusUpdatedAt: chains.statusUpdatedAt,
      sortOrder: chains.sortOrder,
      retiredAt: chains.retiredAt,
      ...editableColumns(chains),
    })
    .from(chains)
    .leftJoin(departments, eq(chains.leadDepartmentId, departments.id))
    .$dynamic();
}

export type ChainRow = Awaited<ReturnType<typeof selectChains>>[number];

export function findChains(db: Database, query: ChainListQuery) {
  const conditions: (SQL | undefined)[] = [
    query.category ? eq(chains.category, query.category) : undefined,
    query.status ? eq(chains.status, query.status) : undefined,
    query.includeRetired ? undefined : isNull(chains.retiredAt),
  ];
  return selectChains(db)
    .where(and(...conditions))
    .orderBy(asc(chains.sortOrder), asc(chains.id));
}

/** The chain's own fields as the contract sends them. */
export function toChainFields(row: ChainRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    category: row.category,
    leaderName: row.leaderName,
    leaderTitle: row.leaderTitle,
    leadDepartment: row.leadDepartment,
    status: row.status,
    statusNote: row.statusNote,
    statusSetBy: row.statusSetBy,
    statusUpdatedAt: row.statusUpdatedAt.toISOString(),
    sortOrder: row.sortOrder,
    retiredAt: row.retiredAt?.toISOString() ?? null,
  };
}

export function toChainRecord(row: ChainRow) {
  return { ...toChainFields(row), ...editableFields(row) };
}
