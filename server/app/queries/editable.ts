import {
  getTableColumns,
  getTableName,
  sql,
  type AnyColumn,
  type SQL,
  type Table,
} from 'drizzle-orm';

/**
 * The display name of the account that saved a row last, as it is now: `updated_by` keeps the
 * login name, which identifies the account; readers are shown who that is. Written out in full
 * because drizzle leaves columns unqualified in a single-table select, where `updated_by` inside
 * the subquery would be the user's own column (users have one too).
 */
function displayNameOf(table: Table & EditableTable): SQL.Aliased<string | null> {
  const updatedBy = sql`${sql.identifier(getTableName(table))}.${sql.identifier(table.updatedBy.name)}`;
  return sql<
    string | null
  >`(select editor.display_name from users editor where editor.username = ${updatedBy})`.as(
    'updated_by_name',
  );
}

interface EditableTable {
  version: AnyColumn;
  updatedAt: AnyColumn;
  updatedBy: AnyColumn;
}

/** The optimistic-concurrency columns every editable table has. */
export function editableColumns<T extends Table & EditableTable>(
  table: T,
): {
  version: T['version'];
  updatedAt: T['updatedAt'];
  updatedBy: T['updatedBy'];
  updatedByName: SQL.Aliased<string | null>;
} {
  return {
    version: table.version,
    updatedAt: table.updatedAt,
    updatedBy: table.updatedBy,
    updatedByName: displayNameOf(table),
  };
}

export interface EditableFields {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
}

/** The same fields as the contract sends them (instants as ISO strings). */
export function editableFields({ version, updatedAt, updatedBy, updatedByName }: EditableFields) {
  return { version, updatedAt: updatedAt.toISOString(), updatedBy, updatedByName };
}

/** Every column of an editable table, with who saved each row last by name. */
export function editableRowColumns<T extends Table & EditableTable>(table: T) {
  return { ...getTableColumns(table), updatedByName: displayNameOf(table) };
}
