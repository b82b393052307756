import type { Database } from '../../db/database';

/** The handle a write's transaction gives its queries: the same query API as the database. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
