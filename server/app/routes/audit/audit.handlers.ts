import { eq, getTableColumns } from 'drizzle-orm';
import {
  AUDIT_DEFAULT_PAGE_SIZE,
  auditEntityTypeSchema,
  auditPageSchema,
} from '../../../contract/audit';
import { auditEvents, chains } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { HttpError, notFound } from '../../errors';
import { authorise } from '../../auth/permissions';
import type { EntityKind } from '../../writes/entity';
import { revertibleKinds } from '../../writes/kinds';
import { updateRecord, withdrawRecord } from '../../writes/operations';
import { isUniqueViolation, runWrite } from '../../writes/run-write';
import { editedValues } from '../../writes/snapshot';
import { firstRow } from '../../queries/sql';
import { findAuditPage, isRevertible } from './audit.queries';
import type * as routes from './audit.routes';

export const chainHistory: AppRouteHandler<typeof routes.chainHistory> = async (c) => {
  const { id } = c.req.valid('param');
  const { page = 1, pageSize = AUDIT_DEFAULT_PAGE_SIZE } = c.req.valid('query');
  const [chain, history] = await Promise.all([
    firstRow(c.var.db.select({ id: chains.id }).from(chains).where(eq(chains.id, id))),
    findAuditPage(c.var.db, { chainId: id }, { page, pageSize }),
  ]);
  if (!chain) throw notFound('Chain');
  // Entity types and actions are text in the database; the contract names them.
  return c.json(auditPageSchema.parse(history), 200);
};

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  authorise(c.var.user, 'read_change_audit');
  const { page = 1, pageSize = AUDIT_DEFAULT_PAGE_SIZE, ...filter } = c.req.valid('query');
  return c.json(
    auditPageSchema.parse(await findAuditPage(c.var.db, filter, { page, pageSize })),
    200,
  );
};

/**
 * Snapshot values are JSON; timestamp columns take a Date again (a policy's `retiredAt`).
 * Calendar dates are stored as text and numbers as numbers, so they go back as they are.
 */
function toColumnValues(kind: EntityKind, values: Record<string, unknown>) {
  const columns = getTableColumns(kind.table) as Record<string, { columnType: string }>;
  return Object.fromEntries(
    Object.entries(values).map(([field, value]) => [
      field,
      columns[field]?.columnType === 'PgTimestamp' && typeof value === 'string'
        ? new Date(value)
        : value,
    ]),
  );
}

export const revert: AppRouteHandler<typeof routes.revert> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const event = await firstRow(c.var.db.select().from(auditEvents).where(eq(auditEvents.id, id)));
  if (!event) throw notFound('Audit event');
  const kind = revertibleKinds[auditEntityTypeSchema.parse(event.entityType)];
  if (!kind || !isRevertible(event)) {
    throw new HttpError(
      400,
      'invalid_request',
      'Only a change of an existing record, or the creation of one that can be withdrawn, can be reverted',
    );
  }
  // The earlier values may now clash with another record (a credit code or name since taken):
  // the reader's mistake to see, not a 500.
  const record = await refuseClash(
    runWrite(c, (write) => {
      // Undoing a creation withdraws the record: it stays in the history, and can be restored.
      if (event.action === 'create') {
        return withdrawRecord(write, kind, event.entityId, version, 'Record');
      }
      const earlier = editedValues(kind, event.before as Record<string, unknown>);
      return updateRecord(
        write,
        kind,
        event.entityId,
        version,
        toColumnValues(kind, earlier),
        'Record',
        'revert',
      );
    }),
  );
  return c.json({ entityType: auditEntityTypeSchema.parse(event.entityType), record }, 200);
};

async function refuseClash<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HttpError(
      400,
      'invalid_request',
      'The earlier values are now another record’s (a name or code must be unique): change that record first',
    );
  }
}
