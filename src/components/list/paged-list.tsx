import type { UseQueryResult } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import {
  DataTable,
  type DataTableColumn,
  type TableSort,
} from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryResult } from '@/components/feedback/query-result';
import { Pagination } from '@/components/list/pagination';

interface Page<Row> {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

interface PagedListProps<Row extends RowData> {
  query: UseQueryResult<Page<Row>>;
  caption: string;
  columns: DataTableColumn<Row>[];
  getRowId: (row: Row) => string;
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
  onPageChange: (page: number) => void;
  /** Whether filters narrow the list: an empty result then suggests loosening them. */
  filtered: boolean;
}

/**
 * One page of a server-side list: its count, the rows (the previous page's stay, marked busy,
 * while the next one loads), the empty state and the page controls.
 */
export function PagedList<Row extends RowData>({
  query,
  caption,
  columns,
  getRowId,
  sort,
  onSortChange,
  onPageChange,
  filtered,
}: PagedListProps<Row>) {
  const { t } = useTranslation();
  return (
    <QueryResult query={query}>
      {(page) => (
        <>
          <p className="list-summary" aria-live="polite">
            {t('list.results', { count: page.total })}
          </p>
          {page.total === 0 ? (
            <EmptyState>{filtered ? t('list.emptyWithFilters') : t('list.empty')}</EmptyState>
          ) : (
            <DataTable
              caption={caption}
              columns={columns}
              rows={page.items}
              getRowId={getRowId}
              sort={sort}
              onSortChange={onSortChange}
              busy={query.isPlaceholderData}
            />
          )}
          <Pagination
            page={page.page}
            pageSize={page.pageSize}
            total={page.total}
            onPageChange={onPageChange}
          />
        </>
      )}
    </QueryResult>
  );
}
