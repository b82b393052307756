import {
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type CellContext,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortOrder } from '@server/contract/list-params';
import { dataLang } from '@/components/vocabulary/data-lang';

const dataTableFeatures = tableFeatures({ rowSortingFeature });

/** Columns of a `DataTable`; a sortable column's `id` is the API's sort key for it. */
export type DataTableColumn<Row extends RowData> = ColumnDef<typeof dataTableFeatures, Row>;

export interface TableSort {
  sort: string;
  order: SortOrder;
}

interface DataTableProps<Row extends RowData> {
  /** Names the table for assistive technology; shown as its caption. */
  caption: string;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** The server's order of `rows`; absent for a table that cannot be sorted. */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** True while newer rows are on their way: the old ones stay, marked as busy. */
  busy?: boolean;
}

/**
 * A table whose sorting happens on the server: TanStack Table keeps the header and sort state
 * logic, the URL holds the state, and this component only draws it.
 */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  getRowId,
  sort,
  onSortChange,
  busy = false,
}: DataTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const sorting: SortingState = sort ? [{ id: sort.sort, desc: sort.order === 'desc' }] : [];
  const table = useTable<typeof dataTableFeatures, Row>({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    enableSorting: Boolean(onSortChange),
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) onSortChange?.({ sort: next.id, order: next.desc ? 'desc' : 'asc' });
    },
  });

  const captionId = useId();

  return (
    // A wide table scrolls inside this region, which therefore must be reachable by keyboard.
    <div className="data-table" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table aria-busy={busy}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const label = header.column.columnDef.header;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    // Chromium leaves buttons out of a header row it repeats on a printed page:
                    // print.css shows this label instead of the sort button.
                    data-print-label={canSort && typeof label === 'string' ? label : undefined}
                    aria-sort={
                      direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : undefined
                    }
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="data-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="data-table__sort-mark" aria-hidden="true">
                          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                        </span>
                        {direction && (
                          <span className="visually-hidden">
                            {direction === 'asc'
                              ? t('list.sortedAscending')
                              : t('list.sortedDescending')}
                          </span>
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <DataCell
                  key={cell.id}
                  render={cell.column.columnDef.cell}
                  context={cell.getContext()}
                  language={i18n.language}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DataCellProps<Row extends RowData> {
  render: DataTableColumn<Row>['cell'];
  context: CellContext<typeof dataTableFeatures, Row, unknown>;
  /** The page's language, read once by the table rather than by each of its cells. */
  language: string;
}

/**
 * One cell, its render function called here rather than mounted as a component of its own, so
 * that plain text is seen as such: data as recorded (a name, a title, a note) is marked as
 * Chinese when it is and the page is not; interface text in the reader's language is not.
 */
function DataCell<Row extends RowData>({ render, context, language }: DataCellProps<Row>) {
  const content: ReactNode = typeof render === 'function' ? render(context) : render;
  return (
    <td lang={typeof content === 'string' ? dataLang(content, language) : undefined}>{content}</td>
  );
}
