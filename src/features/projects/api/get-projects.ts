import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProjectPage } from '@server/contract/projects';
import type { ProjectListSearch } from '@/features/projects/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getProjects(
  search: ProjectListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProjectPage> {
  return apiGet(
    '/api/projects',
    () => import('@server/contract/projects').then((contract) => contract.projectPageSchema),
    { signal, search },
  );
}

export function getProjectsQueryOptions(search: ProjectListSearch) {
  return queryOptions({
    queryKey: queryKeys.projects.list(search),
    queryFn: ({ signal }) => getProjects(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProjects(search: ProjectListSearch) {
  return useQuery(getProjectsQueryOptions(search));
}
