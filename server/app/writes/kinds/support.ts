import { eq, inArray } from 'drizzle-orm';
import { nameSortKey } from '../../../db/name-sort-key';
import { chains } from '../../../db/schema';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { invalidField } from '../../errors';
import type { EditableTable, EntityKind } from '../entity';
import type { Transaction } from '../transaction';

/*
 * What the descriptions of the kinds of record share. Each kind lives in the file of its
 * resource; `index.ts` lists those a revert can restore.
 */

export const noDepartment = 'names no department';

/** An id the audit trail stores as text; anything else names no record. */
export function numericId(entityId: string): number {
  return /^\d{1,10}$/.test(entityId) ? Number(entityId) : -1;
}

/** Refuses a body whose `field` names a record that does not exist. */
export async function mustExist(
  tx: Transaction,
  table: PgTable & { id: PgColumn },
  field: string,
  id: unknown,
  message: string,
) {
  if (typeof id !== 'number') return;
  const found = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (found.length === 0) throw invalidField(field, message);
}

/** For kinds listed by name: a write of the name writes its pinyin sort key too. */
export function nameSortKeyOf(own: Record<string, unknown>) {
  return typeof own.name === 'string' ? { nameSortKey: nameSortKey(own.name) } : {};
}

export function kind<Table extends EditableTable>(
  definition: EntityKind<Table>,
): EntityKind<Table> {
  return definition;
}

/** One list of kinds of different tables: each keeps its own types where it is defined. */
export const anyKind = <Table extends EditableTable>(definition: EntityKind<Table>) =>
  definition as unknown as EntityKind;

/** Refuses a body whose `field` lists a chain that does not exist. */
export async function chainsMustExist(tx: Transaction, field: string, ids: unknown) {
  if (!Array.isArray(ids) || ids.length === 0) return;
  const wanted = ids as number[];
  const found = await tx.select({ id: chains.id }).from(chains).where(inArray(chains.id, wanted));
  if (found.length !== new Set(wanted).size)
    throw invalidField(field, 'names a chain that does not exist');
}
