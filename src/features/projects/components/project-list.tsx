import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, projectSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { PagedList } from '@/components/list/paged-list';
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
      <PagedList
        query={projects}
        caption={t('projects.tableCaption')}
        columns={columns}
        getRowId={(project) => String(project.id)}
        filtered={hasFilters}
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
        onPageChange={(next) =>
          void navigate({
            search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }),
          })
        }
      />
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
