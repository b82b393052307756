import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, problemSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { PagedList } from '@/components/list/paged-list';
import { useProblems } from '@/features/problems/api/get-problems';
import { ProblemFilters } from '@/features/problems/components/problem-filters';
import { useProblemColumns } from '@/features/problems/components/problem-columns';
import type { ProblemListSearch } from '@/features/problems/search';
import { searchEnum } from '@/lib/search-params';
import '@/features/problems/problems.css';

const route = getRouteApi('/problems');

export function ProblemList() {
  const { t } = useTranslation('problems');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const problems = useProblems(search);
  const columns = useProblemColumns();

  const sort: TableSort = {
    sort: search.sort ?? defaultSorts.problems.sort,
    order: search.order ?? defaultSorts.problems.order,
  };
  const hasFilters = filterKeys.some((key) => search[key] !== undefined);

  return (
    <div className="page">
      <h1 className="page__title">{t('problems.title')}</h1>
      <p className="page__summary">{t('problems.intro')}</p>
      <ProblemFilters
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
        query={problems}
        caption={t('problems.tableCaption')}
        columns={columns}
        getRowId={(problem) => String(problem.id)}
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
  'status',
  'department',
  'category',
  'overdue',
] as const satisfies readonly (keyof ProblemListSearch)[];

const readSort = searchEnum(problemSorts);
