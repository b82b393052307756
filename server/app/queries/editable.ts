import type { AnyColumn } from 'drizzle-orm';

interface EditableTable {
  version: AnyColumn;
  updatedAt: AnyColumn;
  updatedBy: AnyColumn;
}

/** The optimistic-concurrency columns every editable table has. */
export function editableColumns<T extends EditableTable>(
  table: T,
): { version: T['version']; updatedAt: T['updatedAt']; updatedBy: T['updatedBy'] } {
  return { version: table.version, updatedAt: table.updatedAt, updatedBy: table.updatedBy };
}

export interface EditableFields {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** The same fields as the contract sends them (instants as ISO strings). */
export function editableFields({ version, updatedAt, updatedBy }: EditableFields) {
  return { version, updatedAt: updatedAt.toISOString(), updatedBy };
}
