import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, projectSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryResult } from '@/components/feedback/query-result';
import { Pagination } from '@/components/list/pagination';
import { useProjects } from '@/features/projects/api/get-projects';
import { ProjectFilters } from '@/features/projects/components/project-filters';
import { useProjectColumns } from '@/features/projects/components/project-columns';
import type { ProjectListSearch } from '@/features/projects/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/projects');

export function ProjectList() {
  const { t } = useTranslation('projects');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const projects = useProjects(search);
  const columns = useProjectColumns();

  const sort: TableSort = {
    sort: search.sort ?? defaultSorts.projects.sort,
    order: search.order ?? defaultSorts.projects.order,
  };
  const hasFilters = filterKeys.some((key) => search[key] !== undefined);

  return (
    <div className="page">
      <h1 className="page__title">{t('projects.title')}</h1>
      <ProjectFilters
        search={search}
        onChange={(filters) =>
          void navigate({ search: (prev) => ({ ...prev, ...filters, page: undefined }) })
        }
        onClear={() =>
          void navigate({ search: (prev) => ({ sort: prev.sort, order: prev.order }) })
        }
        hasFilters={hasFilters}
      />
      <QueryResult query={projects}>
        {(page) => (
          <>
            <p className="list-summary" aria-live="polite">
              {t('list.results', { count: page.total })}
            </p>
            {page.total === 0 ? (
              <EmptyState>{hasFilters ? t('list.emptyWithFilters') : t('list.empty')}</EmptyState>
            ) : (
              <DataTable
                caption={t('projects.tableCaption')}
                columns={columns}
                rows={page.items}
                getRowId={(project) => String(project.id)}
                sort={sort}
                onSortChange={(next) =>
                  void navigate({
                    search: (prev) => ({
                      ...prev,
                      sort: readSort(next.sort),
                      order: next.order,
                      page: undefined,
                    }),
                  })
                }
                busy={projects.isPlaceholderData}
              />
            )}
            <Pagination
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              onPageChange={(next) =>
                void navigate({
                  search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }),
                })
              }
            />
          </>
        )}
      </QueryResult>
    </div>
  );
}

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'park',
  'stage',
  'origin',
  'stalled',
] as const satisfies readonly (keyof ProjectListSearch)[];

const readSort = searchEnum(projectSorts);
