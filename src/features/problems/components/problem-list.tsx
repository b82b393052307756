import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ImportButton } from '@/components/imports/import-button';
import { defaultSorts, problemSorts } from '@server/contract/list-params';
import { ExportButtons } from '@/components/export/export-buttons';
import { PagedList } from '@/components/list/paged-list';
import { useProblems } from '@/features/problems/api/get-problems';
import { useProblemColumns } from '@/features/problems/components/problem-columns';
import { ProblemFilters } from '@/features/problems/components/problem-filters';
import type { ProblemListSearch } from '@/features/problems/search';
import { listNavigation } from '@/lib/list-navigation';
import { searchEnum } from '@/lib/search-params';
import '@/features/problems/problems.css';

const route = getRouteApi('/problems');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'status',
  'department',
  'category',
  'overdue',
] as const satisfies readonly (keyof ProblemListSearch)[];

export function ProblemList() {
  const { t } = useTranslation('problems');
  const search = route.useSearch();
  const problems = useProblems(search);
  const columns = useProblemColumns();
  const list = listNavigation<ProblemListSearch>({
    navigate: route.useNavigate(),
    filterKeys,
    readSort: searchEnum(problemSorts),
  });
  const filtered = list.filtered(search);

  return (
    <div className="page">
      <h1 className="page__title">{t('problems.title')}</h1>
      <p className="page__summary">{t('problems.intro')}</p>
      <div className="list-actions">
        <ImportButton kind="problems" />
        <ExportButtons list="problems" search={search} />
      </div>
      <ProblemFilters
        search={search}
        hasFilters={filtered}
        onChange={list.filter}
        onClear={list.clearFilters}
      />
      <PagedList
        query={problems}
        caption={t('problems.tableCaption')}
        columns={columns}
        getRowId={(problem) => String(problem.id)}
        filtered={filtered}
        sort={{
          sort: search.sort ?? defaultSorts.problems.sort,
          order: search.order ?? defaultSorts.problems.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
