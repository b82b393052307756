import { getRouteApi } from '@tanstack/react-router';
import type { OverviewSearch } from '@/features/overview/search';

const route = getRouteApi('/');

/** The overview's filters as the URL holds them, and a setter that adds a history entry. */
export function useOverviewSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setFilter = (change: OverviewSearch) =>
    void navigate({ search: (prev) => ({ ...prev, ...change }) });
  return { search, setFilter };
}
