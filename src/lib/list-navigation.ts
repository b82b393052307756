import type { SortOrder } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';

interface ListSearch {
  sort?: string;
  order?: SortOrder;
  page?: number;
}

type Navigate<Search> = (options: { search: (prev: Search) => Search }) => Promise<void>;

interface ListNavigationOptions<Search extends ListSearch> {
  /** The route's navigate (`route.useNavigate()`). */
  navigate: Navigate<Search>;
  /** The parameters that narrow the list, as opposed to its order and page. */
  filterKeys: readonly (keyof Search)[];
  /** Reads a table column id as one of the list's sort keys. */
  readSort: (columnId: string) => Search['sort'];
}

/**
 * How a list's controls change its address. Anything that changes which rows match goes back to
 * the first page; the first page is the address without `page`.
 */
export function listNavigation<Search extends ListSearch>({
  navigate,
  filterKeys,
  readSort,
}: ListNavigationOptions<Search>) {
  const search = (next: (prev: Search) => Search) => void navigate({ search: next });
  return {
    filtered: (current: Search) => filterKeys.some((key) => current[key] !== undefined),
    filter: (filters: Partial<Search>) =>
      search((prev) => ({ ...prev, ...filters, page: undefined })),
    clearFilters: () =>
      search(
        (prev) =>
          Object.fromEntries(
            Object.entries(prev).filter(
              ([key]) => key !== 'page' && !filterKeys.includes(key as keyof Search),
            ),
          ) as Search,
      ),
    sort: ({ sort, order }: TableSort) =>
      search((prev) => ({ ...prev, sort: readSort(sort), order, page: undefined })),
    page: (page: number) => search((prev) => ({ ...prev, page: page > 1 ? page : undefined })),
  };
}
