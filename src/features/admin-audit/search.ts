import { auditActions, auditEntityTypes } from '@server/contract/domain';
import {
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  searchText,
  type SearchOf,
} from '@/lib/search-params';

/** A calendar day, YYYY-MM-DD, that exists (not 2026-02-30). */
const searchDay = (raw: unknown): string | undefined => {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const day = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw) ? raw : undefined;
};

/** The audit list's filters in the URL: a pasted link opens the same view. */
export const auditSearchSchema = searchParams({
  chain: searchId,
  actor: searchText,
  entityType: searchEnum(auditEntityTypes),
  action: searchEnum(auditActions),
  from: searchDay,
  to: searchDay,
  page: searchPage,
});

export type AuditSearch = SearchOf<typeof auditSearchSchema>;
