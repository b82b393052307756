import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, problemSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useProblems } from '@/features/problems/api/get-problems';
import { useProblemColumns } from '@/features/problems/components/problem-columns';
import { ProblemFilters } from '@/features/problems/components/problem-filters';
import type { ProblemListSearch } from '@/features/problems/search';
import { searchEnum } from '@/lib/search-params';
import '@/features/problems/problems.css';

const route = getRouteApi('/problems');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'status',
  'department',
  'stage',
  'category',
  'overdue',
  'supervision',
] as const satisfies readonly (keyof ProblemListSearch)[];

export function ProblemList() {
  const { t } = useTranslation('problems');
  const search = route.useSearch();
  return (
    <ListPage
      title={t('problems.title')}
      intro={t('problems.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(problemSorts)}
      defaultSort={defaultSorts.problems}
      filters={(props) => <ProblemFilters {...props} />}
      query={useProblems(search)}
      caption={t('problems.tableCaption')}
      columns={useProblemColumns()}
      getRowId={(problem) => String(problem.id)}
      exportList="problems"
      importKind="problems"
    />
  );
}
