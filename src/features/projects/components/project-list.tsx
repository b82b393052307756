import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ImportButton } from '@/components/imports/import-button';
import { defaultSorts, projectSorts } from '@server/contract/list-params';
import { ExportButtons } from '@/components/export/export-buttons';
import { PagedList } from '@/components/list/paged-list';
import { useProjects } from '@/features/projects/api/get-projects';
import { useProjectColumns } from '@/features/projects/components/project-columns';
import { ProjectFilters } from '@/features/projects/components/project-filters';
import type { ProjectListSearch } from '@/features/projects/search';
import { listNavigation } from '@/lib/list-navigation';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/projects');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'park',
  'stage',
  'origin',
  'stalled',
] as const satisfies readonly (keyof ProjectListSearch)[];

export function ProjectList() {
  const { t } = useTranslation('projects');
  const search = route.useSearch();
  const projects = useProjects(search);
  const columns = useProjectColumns();
  const list = listNavigation<ProjectListSearch>({
    navigate: route.useNavigate(),
    filterKeys,
    readSort: searchEnum(projectSorts),
  });
  const filtered = list.filtered(search);

  return (
    <div className="page">
      <h1 className="page__title">{t('projects.title')}</h1>
      <div className="list-actions">
        <ImportButton kind="projects" />
        <ExportButtons list="projects" search={search} />
      </div>
      <ProjectFilters
        search={search}
        hasFilters={filtered}
        onChange={list.filter}
        onClear={list.clearFilters}
      />
      <PagedList
        query={projects}
        caption={t('projects.tableCaption')}
        columns={columns}
        getRowId={(project) => String(project.id)}
        filtered={filtered}
        sort={{
          sort: search.sort ?? defaultSorts.projects.sort,
          order: search.order ?? defaultSorts.projects.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
