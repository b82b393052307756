import { auditActions, auditEntityTypes } from '@server/contract/domain';
import {
  searchDay,
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  searchText,
  type SearchOf,
} from '@/lib/search-params';

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
