import type { AnyColumn } from 'drizzle-orm';

interface NamedTable {
  id: AnyColumn;
  name: AnyColumn;
  nameEn: AnyColumn;
}

/** The columns of a named reference (`{ id, name, nameEn }`); null as a whole on a missing join. */
export function refColumns<T extends NamedTable>(
  table: T,
): { id: T['id']; name: T['name']; nameEn: T['nameEn'] } {
  return { id: table.id, name: table.name, nameEn: table.nameEn };
}
