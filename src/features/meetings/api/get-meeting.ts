import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeetingDetail } from '@server/contract/meetings';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getMeeting(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<MeetingDetail> {
  return apiGet(
    `/api/meetings/${id}`,
    () => import('@server/contract/meetings').then((contract) => contract.meetingDetailSchema),
    { signal },
  );
}

export function getMeetingQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.meetings.detail(id),
    queryFn: ({ signal }) => getMeeting(id, { signal }),
  });
}

export function useMeeting(id: number) {
  return useQuery(getMeetingQueryOptions(id));
}
