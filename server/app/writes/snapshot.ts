import { toJsonValue } from './json';
import type { EditableTable, EntityKind, RowOf } from './entity';
import type { Transaction } from './transaction';

/**
 * The record as writes answer it, conflicts show it and the audit trail keeps it: its identity,
 * the fields users edit, related values and the version fields. JSON-ready (instants as ISO).
 */
export type Snapshot = Record<string, unknown> & {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
};

export async function snapshotOf<Table extends EditableTable>(
  tx: Transaction,
  kind: EntityKind<Table>,
  row: RowOf<Table>,
): Promise<Snapshot> {
  const related = kind.related ? await kind.related.load(tx, kind.entityIdOf(row)) : {};
  return snapshotWith(kind, row, related);
}

/** The snapshot of a row whose related values are already known (imports read them in bulk). */
export function snapshotWith<Table extends EditableTable>(
  kind: EntityKind<Table>,
  row: RowOf<Table>,
  related: Record<string, unknown>,
): Snapshot {
  const record = row as Record<string, unknown>;
  const snapshot: Record<string, unknown> = {};
  for (const field of [...kind.identity, ...kind.fields]) {
    snapshot[field] = toJsonValue(record[field]);
  }
  Object.assign(snapshot, related);
  return {
    ...snapshot,
    version: record.version as number,
    updatedAt: (record.updatedAt as Date).toISOString(),
    updatedBy: (record.updatedBy as string | null) ?? null,
  };
}

/** The edited fields of a snapshot, without identity or version: what an audit diff compares. */
export function editedValues(
  kind: { identity: readonly string[] },
  snapshot: Record<string, unknown>,
) {
  const identity = new Set<string>(kind.identity);
  return Object.fromEntries(
    Object.entries(snapshot).filter(
      ([field]) => !identity.has(field) && !['version', 'updatedAt', 'updatedBy'].includes(field),
    ),
  );
}
