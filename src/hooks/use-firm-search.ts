import type { FieldSearch } from '@/components/editing/field-spec';
import { useFormatters } from '@/hooks/use-formatters';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { FirmListItem } from '@server/contract/firms';
import { useTranslation } from 'react-i18next';

/** Enough matches to pick from; a name typed further narrows them. */
const firmPickerSize = 20;

interface FirmSearchOptions {
  /** The chain whose firms are listed first; none: the city's. */
  chainId: number | null;
  /** Whether firms outside the chain may be chosen too (a project's firm): listed after. */
  cityWide?: boolean;
  /** Told of every firm the search has shown, to name a pick before the save is through. */
  onFound?: (firm: FirmListItem) => void;
}

function findFirms(search: Record<string, string | number>, signal: AbortSignal) {
  return apiGet(
    '/api/firms',
    () => import('@server/contract/firms').then((contract) => contract.firmPageSchema),
    { signal, search: { ...search, sort: 'revenue', order: 'desc', pageSize: firmPickerSize } },
  );
}

/**
 * Firm searches for any chain, for a form whose chain the user chooses (a meeting's): the
 * search of `useFirmSearch` for the chain the form holds now.
 */
export function useFirmSearches(): (options: FirmSearchOptions) => FieldSearch {
  const { t, i18n } = useTranslation('editing');
  const format = useFormatters();
  return ({ chainId, cityWide = false, onFound }) => ({
    label: t('editing.search.firms'),
    queryKey: [...queryKeys.firms.lists(), 'picker', { chainId, cityWide }, i18n.language],
    load: async (text, signal) => {
      const [own, city] = await Promise.all([
        findFirms(chainId === null ? { q: text } : { chain: chainId, q: text }, signal),
        cityWide && chainId !== null ? findFirms({ q: text }, signal) : null,
      ]);
      const ownIds = new Set(own.items.map((firm) => firm.id));
      const firms = [...own.items, ...(city?.items ?? []).filter((firm) => !ownIds.has(firm.id))];
      for (const firm of firms) onFound?.(firm);
      return firms.map((firm) => ({ value: firm.id, label: format.name(firm) }));
    },
  });
}

/**
 * The search of a firm picker (`GET /api/firms?q=…&chain=…`): by any part of the name or the
 * credit code, on the server, so every firm can be found however many the chain has — the
 * chain's first, largest first, then (when `cityWide`) the city's others.
 */
export function useFirmSearch(options: FirmSearchOptions): FieldSearch {
  return useFirmSearches()(options);
}
