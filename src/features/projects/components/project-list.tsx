import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, projectSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useProjects } from '@/features/projects/api/get-projects';
import { useProjectColumns } from '@/features/projects/components/project-columns';
import { ProjectFilters } from '@/features/projects/components/project-filters';
import type { ProjectListSearch } from '@/features/projects/search';
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
  return (
    <ListPage
      title={t('projects.title')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(projectSorts)}
      defaultSort={defaultSorts.projects}
      filters={(props) => <ProjectFilters {...props} />}
      query={useProjects(search)}
      caption={t('projects.tableCaption')}
      columns={useProjectColumns()}
      getRowId={(project) => String(project.id)}
      exportList="projects"
      importKind="projects"
    />
  );
}
