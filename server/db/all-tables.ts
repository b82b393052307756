import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/**
 * Every table of the schema. A module of its own, free of the database drivers, because the
 * backup route imports it and the server-free demo runs that route in the browser.
 */
export const allTables: PgTable[] = Object.values(schema).flatMap((value) =>
  is(value, PgTable) ? [value] : [],
);
