import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MeetingPage } from '@server/contract/meetings';
import type { MeetingListSearch } from '@/features/meetings/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getMeetings(
  search: MeetingListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MeetingPage> {
  return apiGet(
    '/api/meetings',
    () => import('@server/contract/meetings').then((contract) => contract.meetingPageSchema),
    { signal, search },
  );
}

export function getMeetingsQueryOptions(search: MeetingListSearch) {
  return queryOptions({
    queryKey: queryKeys.meetings.list(search),
    queryFn: ({ signal }) => getMeetings(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMeetings(search: MeetingListSearch) {
  return useQuery(getMeetingsQueryOptions(search));
}
