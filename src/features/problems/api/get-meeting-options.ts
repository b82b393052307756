import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeetingListItem } from '@server/contract/meetings';
import { MAX_PAGE_SIZE } from '@server/contract/list-params';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

function getMeetingPage(chainId: number, page: number, signal: AbortSignal | undefined) {
  return apiGet(
    '/api/meetings',
    () => import('@server/contract/meetings').then((contract) => contract.meetingPageSchema),
    {
      signal,
      search: { forChain: chainId, sort: 'heldOn', order: 'desc', page, pageSize: MAX_PAGE_SIZE },
    },
  );
}

/**
 * `GET /api/meetings?forChain=…`: every 座谈会 a problem of the chain may name (the chain's and
 * the city-wide ones, not withdrawn), the latest first — all of them, page after page, so the
 * choice is never cut short (a chain holds a few dozen a year).
 */
export async function getMeetingOptions(
  chainId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MeetingListItem[]> {
  const first = await getMeetingPage(chainId, 1, signal);
  const pages = Math.ceil(first.total / first.pageSize);
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, index) => getMeetingPage(chainId, index + 2, signal)),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

export function useMeetingOptions(chainId: number | null) {
  return useQuery(
    queryOptions({
      queryKey: [...queryKeys.meetings.lists(), 'options', chainId],
      queryFn: ({ signal }) => getMeetingOptions(chainId ?? 0, { signal }),
      // A problem of no chain may name only city-wide meetings; no such problem is made here.
      enabled: chainId !== null,
      staleTime: 60_000,
    }),
  );
}
