import type { UseQueryResult } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { ExportList } from '@server/contract/exports';
import type { ImportKind } from '@server/contract/imports';
import type { SortOrder } from '@server/contract/list-params';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { ExportButtons } from '@/components/export/export-buttons';
import { ImportButton } from '@/components/imports/import-button';
import { PagedList } from '@/components/list/paged-list';
import type { SearchValues } from '@/lib/api-client';
import { listNavigation } from '@/lib/list-navigation';

interface ListSearch {
  sort?: string;
  order?: SortOrder;
  page?: number;
}

interface Page<Row> {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

/** What a list's filters get: the search, and how to change or clear its filters. */
export interface ListFiltersProps<Search> {
  search: Search;
  hasFilters: boolean;
  onChange: (filters: Partial<Search>) => void;
  onClear: () => void;
}

interface ListPageProps<Search extends ListSearch, Row extends RowData> {
  title: string;
  /** A sentence under the title. */
  intro?: string;
  /** The list's search from the address: filters, sort and page. */
  search: Search & SearchValues;
  /** The route's navigate (`route.useNavigate()`): every control changes the address. */
  navigate: Parameters<typeof listNavigation<Search>>[0]['navigate'];
  /** The parameters that narrow the list, as opposed to its order and page. */
  filterKeys: readonly (keyof Search)[];
  /** Reads a table column id as one of the list's sort keys. */
  readSort: (columnId: string) => Search['sort'];
  /** The server's sort when the address names none. */
  defaultSort: { sort: string; order: SortOrder };
  filters: (props: ListFiltersProps<Search>) => ReactNode;
  /** The list's query, run with `search`. */
  query: UseQueryResult<Page<Row>>;
  caption: string;
  columns: DataTableColumn<Row>[];
  getRowId: (row: Row) => string;
  /** 导出 Excel / CSV of the rows the filters select. */
  exportList?: ExportList;
  /** 导入, beside the export, for lists that can be imported. */
  importKind?: ImportKind;
  /** Actions before import and export: 新增企业, shown to those who may add one. */
  actions?: ReactNode;
}

/**
 * The one list page: title, import and export, filters, then the table with its count, sort and
 * pages — all of it in the address, so a copied link opens the same view.
 */
export function ListPage<Search extends ListSearch, Row extends RowData>(
  props: ListPageProps<Search, Row>,
) {
  const { search, exportList, importKind } = props;
  const list = listNavigation<Search>({
    navigate: props.navigate,
    filterKeys: props.filterKeys,
    readSort: props.readSort,
  });
  const filtered = list.filtered(search);
  const exportButtons = exportList && <ExportButtons list={exportList} search={search} />;

  return (
    <div className="page">
      <h1 className="page__title">{props.title}</h1>
      {props.intro && <p className="page__summary">{props.intro}</p>}
      {importKind || props.actions ? (
        <div className="list-actions">
          {props.actions}
          {importKind && <ImportButton kind={importKind} />}
          {exportButtons}
        </div>
      ) : (
        exportButtons
      )}
      {props.filters({
        search,
        hasFilters: filtered,
        onChange: list.filter,
        onClear: list.clearFilters,
      })}
      <PagedList
        query={props.query}
        caption={props.caption}
        columns={props.columns}
        getRowId={props.getRowId}
        filtered={filtered}
        sort={{
          sort: search.sort ?? props.defaultSort.sort,
          order: search.order ?? props.defaultSort.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
