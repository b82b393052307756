import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SessionUser } from '../../contract/auth';
import type { Transaction } from './transaction';

/** A table whose rows are edited: every one has the optimistic-concurrency columns. */
export type EditableTable = PgTable & {
  version: PgColumn;
  updatedAt: PgColumn;
  updatedBy: PgColumn;
};

export type RowOf<Table extends EditableTable> = Table['$inferSelect'];
export type FieldOf<Table extends EditableTable> = keyof RowOf<Table> & string;

/** What a write needs to know about who is writing and when. */
export interface WriteContext {
  tx: Transaction;
  user: SessionUser;
  now: Date;
  /** Grace days before a quarter's indicator figures lock (contract/indicator-periods.ts). */
  indicatorLockAfterDays: number;
}

/**
 * Values kept in other tables but edited as part of the record: a chain link's firms, say.
 * They appear in the record's snapshot, so conflicts, the audit trail and reverts cover them too.
 */
export interface RelatedValues {
  load(tx: Transaction, entityId: string): Promise<Record<string, unknown>>;
  store(tx: Transaction, entityId: string, values: Record<string, unknown>): Promise<void>;
  /** The values of many new records at once (an import): a few statements instead of many. */
  storeNew?(
    tx: Transaction,
    records: readonly { entityId: string; values: Record<string, unknown> }[],
  ): Promise<void>;
}

/**
 * One kind of editable record, described once: the generic writes (update, create, delete,
 * revert) and the audit trail all work from this.
 */
export interface EntityKind<Table extends EditableTable = EditableTable> {
  /** The audit trail's `entity_type`, also shown in the history: `chain`, `project`. */
  type: string;
  table: Table;
  /** The record whose audit `entity_id` is `entityId` (`12`, or `3:leader_firm`). */
  where(entityId: string): SQL | undefined;
  entityIdOf(row: RowOf<Table>): string;
  /** The chain the record is filed under in the audit trail (and, for most kinds, its only one). */
  chainIdOf(row: RowOf<Table>, tx: Transaction): number | null | Promise<number | null>;
  /**
   * For a record that can be in several chains, or move between them (a firm): every chain it is
   * in, read from a snapshot or from the snapshot a write will leave. A change is authorised for
   * each chain before and after it, so no write (a revert included) moves a record into or out
   * of a chain beyond the caller's scope. Without it, the record is in `chainIdOf` only, which
   * no write changes.
   */
  chainIdsOf?(snapshot: Record<string, unknown>): number[];
  /**
   * Who may change the record, where it is not the chain's task force and the admins: throws
   * `forbidden` (a user's own account is theirs). Replaces the chain check when given.
   */
  authorise?(user: SessionUser, row: RowOf<Table>): void;
  /** …and its own rule for a new record, judged by the values it is created with. */
  authoriseCreate?(user: SessionUser, values: Record<string, unknown>): void;
  /** Fields that name the record (id, chainId, item): in every snapshot, never written. */
  identity: readonly FieldOf<Table>[];
  /** Fields a user edits: written by updates, compared in conflicts, recorded in the audit. */
  fields: readonly FieldOf<Table>[];
  related?: RelatedValues;
  /** Columns the server sets on every write from who and when (the chain status's setter). */
  stamp?(context: WriteContext): Partial<Table['$inferInsert']>;
  /**
   * Columns the server keeps in step with the fields a write stores (a name's sort key): given
   * the fields written, what else to write with them. Not edited, compared or audited.
   */
  derive?(own: Record<string, unknown>): Partial<Table['$inferInsert']>;
  /**
   * Checks that need the database (a firm id that must exist) and refuses with a 400 naming the
   * field. Runs after authorisation, before anything is written. `record` is the chain the
   * record is filed under and, for a change, the row as it is before it (a rule such as "a link
   * of the record's chain" needs them; values hold only what the write sends). A create also
   * names its `identity` (an indicator figure's quarter).
   */
  check?(
    context: WriteContext,
    values: Record<string, unknown>,
    record: { chainId: number | null; row?: RowOf<Table>; identity?: Record<string, unknown> },
  ): Promise<void>;
}
