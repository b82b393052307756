import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { ConflictError, notFound } from '../errors';
import { appendAudit, type AuditAction } from './audit';
import { authoriseChainWrite } from './authorise';
import type { EditableTable, EntityKind, RowOf, WriteContext } from './entity';
import { snapshotOf, type Snapshot } from './snapshot';

type Values = Record<string, unknown>;

/** Splits a write's values into the table's own columns and the related ones. */
function splitValues(kind: { fields: readonly string[] }, values: Values) {
  const own: Values = {};
  const related: Values = {};
  const fields = new Set<string>(kind.fields);
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (fields.has(field)) own[field] = value;
    else related[field] = value;
  }
  return { own, related };
}

/**
 * Locks and reads the record. `FOR UPDATE` makes concurrent writes of one record queue up on
 * PostgreSQL, so each one sees the version the previous one left and at most one can match.
 */
async function lockRecord<Table extends EditableTable>(
  { tx }: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
): Promise<RowOf<Table> | undefined> {
  const table = kind.table as PgTable;
  const rows = await tx.select().from(table).where(kind.where(entityId)).for('update');
  return rows[0] as RowOf<Table> | undefined;
}

/**
 * The user may write every chain `snapshot` is in (a record of several chains needs all of
 * them; one of no chain is for administrators), or the kind's own rule allows it.
 */
function authoriseRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  row: RowOf<Table>,
  snapshot: Record<string, unknown>,
  chainId: number | null,
) {
  if (kind.authorise) return kind.authorise(context.user, row);
  const chainIds = kind.chainIdsOf?.(snapshot) ?? [chainId];
  if (chainIds.length === 0) authoriseChainWrite(context.user, null);
  for (const id of chainIds) authoriseChainWrite(context.user, id);
}

/**
 * What every change of an existing record checks first, in this order: it exists (404), the
 * user may write its chains (403), and `version` is still its version (409 with the record).
 */
async function lockForWrite<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  version: number,
  what: string,
) {
  const row = await lockRecord(context, kind, entityId);
  if (!row) throw notFound(what);
  const chainId = await kind.chainIdOf(row, context.tx);
  const before = await snapshotOf(context.tx, kind, row);
  authoriseRecord(context, kind, row, before, chainId);
  if (before.version !== version) throw new ConflictError(before);
  return { row, chainId, before };
}

function versionColumns(context: WriteContext, nextVersion: number) {
  return { version: nextVersion, updatedAt: context.now, updatedBy: context.user.username };
}

/**
 * Changes an existing record if `version` is still its version: authorised by the record's
 * chain, checked, written with the next version, and audited, all in the caller's transaction.
 */
export async function updateRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  version: number,
  values: Values,
  what: string,
  action: AuditAction = 'update',
): Promise<Snapshot> {
  const { row, chainId, before } = await lockForWrite(context, kind, entityId, version, what);
  const { own, related } = splitValues(kind, values);
  // The chains the record will be in after the write need the user's scope as much as those
  // it is in now: nobody moves a record into, or back into, a chain they may not change.
  authoriseRecord(context, kind, row, { ...before, ...own, ...related }, chainId);
  await kind.check?.(context, values, { chainId, row });

  const table = kind.table as EditableTable;
  const [updated] = await context.tx
    .update(table)
    .set({
      ...own,
      ...kind.derive?.(own),
      ...kind.stamp?.(context),
      ...versionColumns(context, version + 1),
    })
    .where(and(kind.where(entityId), eq(table.version, version)))
    .returning();
  // The row is locked and its version matched: the update cannot miss.
  if (!updated) throw new Error(`${kind.type} ${entityId}: the locked update matched no row`);
  if (kind.related && Object.keys(related).length > 0) {
    await kind.related.store(context.tx, entityId, related);
  }
  const after = await snapshotOf(context.tx, kind, updated as RowOf<Table>);
  await appendAudit(context.tx, context.user, context.now, {
    action,
    entityType: kind.type,
    entityId,
    chainId,
    before,
    after,
  });
  return after;
}

/**
 * Adds a record of `chainId`: authorised, checked, inserted at version 1 and audited.
 * `identity` names it (its chain, its item); `values` are the fields a user typed.
 */
export async function createRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  chainId: number | null,
  identity: Values,
  values: Values,
): Promise<Snapshot> {
  const { own, related } = splitValues(kind, values);
  if (kind.authoriseCreate) {
    kind.authoriseCreate(context.user, values);
  } else {
    authoriseChainWrite(context.user, chainId);
    for (const id of kind.chainIdsOf?.({ ...own, ...related }) ?? []) {
      authoriseChainWrite(context.user, id);
    }
  }
  await kind.check?.(context, values, { chainId, identity });
  const [inserted] = await context.tx
    .insert(kind.table as EditableTable)
    .values({
      ...identity,
      ...own,
      ...kind.derive?.(own),
      ...kind.stamp?.(context),
      ...versionColumns(context, 1),
    })
    .returning();
  if (!inserted) throw new Error(`${kind.type}: the insert returned no row`);
  const row = inserted as RowOf<Table>;
  const entityId = kind.entityIdOf(row);
  if (kind.related && Object.keys(related).length > 0) {
    await kind.related.store(context.tx, entityId, related);
  }
  const after = await snapshotOf(context.tx, kind, row);
  await appendAudit(context.tx, context.user, context.now, {
    action: 'create',
    entityType: kind.type,
    entityId,
    chainId,
    before: null,
    after,
  });
  return after;
}

/**
 * For a record a chain has at most one of (its leader firm, its chief scientist): `version` null
 * means "there was none when I opened the form" — a create, which is a conflict if one appeared
 * meanwhile; a number means an update of that version.
 */
export async function saveSingleRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  identity: Values & { chainId: number },
  version: number | null,
  values: Values,
  what: string,
): Promise<Snapshot> {
  if (version !== null) return updateRecord(context, kind, entityId, version, values, what);
  const existing = await lockRecord(context, kind, entityId);
  if (existing) {
    authoriseChainWrite(context.user, identity.chainId);
    throw new ConflictError(await snapshotOf(context.tx, kind, existing));
  }
  return createRecord(context, kind, identity.chainId, identity, values);
}

/** Removes a record if `version` is still its version; the audit keeps what it was. */
export async function deleteRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  version: number,
  what: string,
): Promise<void> {
  const { chainId, before } = await lockForWrite(context, kind, entityId, version, what);
  await context.tx.delete(kind.table as EditableTable).where(kind.where(entityId));
  await appendAudit(context.tx, context.user, context.now, {
    action: 'delete',
    entityType: kind.type,
    entityId,
    chainId,
    before,
    after: null,
  });
}

/** Whether a kind of record is withdrawn (hidden, kept) rather than deleted. */
export function isWithdrawable(kind: { fields: readonly string[] }): boolean {
  return kind.fields.includes('withdrawnAt');
}

/**
 * Withdraws a record (撤回): it stays, hidden from lists, and its history keeps it; `restoreRecord`
 * or a revert brings it back. `values` are other fields set with it (a firm's reason).
 */
export function withdrawRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  version: number,
  what: string,
  values: Values = {},
): Promise<Snapshot> {
  if (!isWithdrawable(kind)) throw new Error(`${kind.type} records cannot be withdrawn`);
  const withdrawn = { ...values, withdrawnAt: context.now };
  return updateRecord(context, kind, entityId, version, withdrawn, what, 'withdraw');
}

/** Brings a withdrawn record back (恢复); `values` clear what was set with the withdrawal. */
export function restoreRecord<Table extends EditableTable>(
  context: WriteContext,
  kind: EntityKind<Table>,
  entityId: string,
  version: number,
  what: string,
  values: Values = {},
): Promise<Snapshot> {
  if (!isWithdrawable(kind)) throw new Error(`${kind.type} records cannot be withdrawn`);
  const restored = { ...values, withdrawnAt: null };
  return updateRecord(context, kind, entityId, version, restored, what, 'restore');
}
