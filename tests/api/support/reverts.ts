import { and, desc, eq } from 'drizzle-orm';
import { DEFAULT_INDICATOR_LOCK_AFTER_DAYS } from '../../../server/contract/indicator-periods';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { SessionUser } from '../../../server/contract/auth';
import type { Database } from '../../../server/db/database';
import { auditEvents, firmChains, firms } from '../../../server/db/schema';
import type { EditableTable, EntityKind, RowOf } from '../../../server/app/writes/entity';
export { firmKind } from '../../../server/app/writes/kinds';
import { updateRecord } from '../../../server/app/writes/operations';
import { snapshotOf } from '../../../server/app/writes/snapshot';
import { sampleNow } from '../../support/sample-clock';
import { createTestUser } from '../../support/sessions';

/** The administrator a test's setup writes as, straight through the write mechanism. */
export async function setupAdmin(db: Database): Promise<SessionUser> {
  const { id, username } = await createTestUser(db, { role: 'admin' });
  return { id, username, displayName: username, role: 'admin', chainIds: [], departmentId: null };
}

/**
 * A record of `kind` whose chains are exactly `[chainId]`: the first such row of its table.
 * Found through the kind's own description, so every kind of record is found the same way.
 */
export async function recordOfChain(db: Database, kind: EntityKind, chainId: number) {
  return db.transaction(async (tx) => {
    const rows = (await tx
      .select()
      .from(kind.table as PgTable)
      .limit(2000)) as RowOf<typeof kind.table>[];
    for (const row of rows) {
      const snapshot = await snapshotOf(tx, kind, row);
      const chains = kind.chainIdsOf?.(snapshot) ?? [await kind.chainIdOf(row, tx)];
      if (chains.length === 1 && chains[0] === chainId) return { row, snapshot };
    }
    throw new Error(`The sample city has no ${kind.type} of chain ${chainId} alone`);
  });
}

/**
 * An administrator's change of a record, as the audit trail keeps it: `values` written over
 * the record (none: a save without changes, which is audited like any other). Answers the
 * audit event a revert names and the version the record has after it.
 */
export async function changeAsAdmin<Table extends EditableTable>(
  db: Database,
  admin: SessionUser,
  kind: EntityKind<Table>,
  entityId: string,
  values: Record<string, unknown> = {},
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(kind.table as PgTable)
      .where(kind.where(entityId));
    if (!row) throw new Error(`No ${kind.type} ${entityId}`);
    const current = await snapshotOf(tx, kind, row as RowOf<Table>);
    const context = {
      tx,
      user: admin,
      // The app's clock in the tests: quarters are locked or open as the routes judge them.
      now: sampleNow(),
      indicatorLockAfterDays: DEFAULT_INDICATOR_LOCK_AFTER_DAYS,
    };
    const after = await updateRecord(context, kind, entityId, current.version, values, kind.type);
    const [event] = await tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, kind.type), eq(auditEvents.entityId, entityId)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    if (!event) throw new Error('The change was not audited');
    return { eventId: event.id, version: after.version };
  });
}

/** A new firm of `chainIds`, for cross-chain cases the sample city does not set up by itself. */
export async function firmInChains(db: Database, chainIds: number[], name: string) {
  const [firm] = await db
    .insert(firms)
    .values({ name, creditCode: null, revenueBand: 'under_100m', tags: [] })
    .returning({ id: firms.id });
  if (!firm) throw new Error('The firm was not created');
  if (chainIds.length > 0) {
    await db.insert(firmChains).values(chainIds.map((chainId) => ({ firmId: firm.id, chainId })));
  }
  return String(firm.id);
}
