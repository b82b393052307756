import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProjectDetail } from '@server/contract/projects';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getProject(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProjectDetail> {
  return apiGet(
    `/api/projects/${id}`,
    () => import('@server/contract/projects').then((contract) => contract.projectDetailSchema),
    { signal },
  );
}

export function getProjectQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.projects.detail(id),
    queryFn: ({ signal }) => getProject(id, { signal }),
  });
}

export function useProject(id: number) {
  return useQuery(getProjectQueryOptions(id));
}
