import type { ParkPage } from '@server/contract/parks';
import { useParkOptions } from '@/hooks/use-filter-options';

function districtsOf(page: ParkPage): string[] {
  return [...new Set(page.items.map((park) => park.district))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
}

/** The districts that have a park, the choices of the district filter. */
export function useDistrictOptions() {
  return useParkOptions(districtsOf);
}
