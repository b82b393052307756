import { isNotNull, isNull, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * Lists leave withdrawn records (撤回) out by default; `include` lists them with the others and
 * `only` nothing else. A withdrawn record's own page still opens.
 */
export function withdrawnWhere(
  withdrawnAt: AnyColumn,
  withdrawn: 'include' | 'only' | undefined,
): SQL | undefined {
  if (withdrawn === 'include') return undefined;
  return withdrawn === 'only' ? isNotNull(withdrawnAt) : isNull(withdrawnAt);
}
