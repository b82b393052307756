import { useQueries } from '@tanstack/react-query';
import type { AuditEvent } from '@server/contract/audit';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainOptions, useDepartmentOptions, useParkOptions } from '@/hooks/use-filter-options';
import { apiGet } from '@/lib/api-client';
import { useCan } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

/** The kinds of record an audit snapshot points to by id. */
export type ReferenceKind = 'firm' | 'department' | 'park' | 'chain';

/** Snapshot fields that hold the id (or ids) of another record, and of which kind. */
export const referenceFields: Readonly<Record<string, ReferenceKind>> = {
  firmId: 'firm',
  firmIds: 'firm',
  departmentId: 'department',
  leadDepartmentId: 'department',
  ownerDepartmentId: 'department',
  parkId: 'park',
  chainIds: 'chain',
};

/** A referenced record's name in the reader's language, or undefined while unknown. */
export type NameOf = (kind: ReferenceKind, id: number) => string | undefined;

function firmIdsOf(events: readonly AuditEvent[]): number[] {
  const ids = new Set<number>();
  for (const event of events) {
    for (const snapshot of [event.before, event.after]) {
      for (const value of [snapshot?.firmId, snapshot?.firmIds].flat()) {
        if (typeof value === 'number') ids.add(value);
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * Names for the ids a page of audit events holds, so the history says "市发改委", not "7".
 * Departments, parks and chains come from the lists every picker shares; firms one by one, under
 * the firm page's cache key (a page of events names a few firms, the city has thousands). The
 * audit administrator reads the trail but not the chains' data: they see the ids.
 */
export function useRecordNames(events: readonly AuditEvent[]): NameOf {
  const format = useFormatters();
  const enabled = useCan('read_data');
  const departments = useDepartmentOptions({ enabled });
  const parks = useParkOptions(undefined, { enabled });
  const chains = useChainOptions({ enabled });
  const firms = useQueries({
    queries: (enabled ? firmIdsOf(events) : []).map((id) => ({
      queryKey: queryKeys.firms.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet(
          `/api/firms/${id}`,
          () => import('@server/contract/firms').then((contract) => contract.firmDetailSchema),
          { signal },
        ),
      staleTime: 5 * 60_000,
      // A firm removed since the change stays a number; asking again will not bring it back.
      retry: false,
    })),
  });

  const lists = {
    department: departments.data?.items,
    park: parks.data?.items,
    chain: chains.data?.items,
  };
  return (kind, id) => {
    const record =
      kind === 'firm'
        ? firms.find((query) => query.data?.id === id)?.data
        : lists[kind]?.find((item) => item.id === id);
    return record ? format.name(record) : undefined;
  };
}
