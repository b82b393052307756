import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useProblems } from '@/features/problems/api/get-problems';
import { useProblemColumns } from '@/features/problems/components/problem-columns';
import { DepartmentStepCounts } from '@/features/problems/components/department-step-counts';
import {
  departmentDefaultSort,
  departmentListSearch,
  type DepartmentProblemsSearch,
} from '@/features/problems/department-search';
import { searchEnum } from '@/lib/search-params';
import '@/features/problems/problems.css';

const route = getRouteApi('/department');

const filterKeys = ['step'] as const satisfies readonly (keyof DepartmentProblemsSearch)[];

/** What a department's desk needs in each row: where it is, whose, by when, how urgent. */
const columnIds = ['title', 'chain', 'firm', 'deadline', 'supervision', 'stage', 'status'];

/**
 * 本部门问题: the problems assigned to the signed-in user's department, across every chain, most
 * urgent first; each links to its page, where the department accepts, responds and hands it back.
 */
export function DepartmentProblems() {
  const { t } = useTranslation('problems');
  const search = route.useSearch();
  const { departmentId } = route.useRouteContext();
  const columns = useProblemColumns().filter((column) => columnIds.includes(column.id ?? ''));
  return (
    <ListPage
      title={t('problems.department.title')}
      intro={t('problems.department.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(problemSorts)}
      defaultSort={departmentDefaultSort}
      filters={(props) => <DepartmentStepCounts departmentId={departmentId} {...props} />}
      query={useProblems(departmentListSearch(departmentId, search))}
      caption={t('problems.department.tableCaption')}
      columns={columns}
      getRowId={(problem) => String(problem.id)}
    />
  );
}
