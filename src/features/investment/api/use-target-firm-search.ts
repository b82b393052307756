import { useTranslation } from 'react-i18next';
import type { FieldSearch } from '@/components/editing/field-spec';
import { useFormatters } from '@/hooks/use-formatters';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Enough matches to pick from; a name typed further narrows them. */
const pickerSize = 20;

/**
 * The search of the target-firm picker (`GET /api/target-firms?q=…&chain=…`): by any part of the
 * name or the credit code, on the server, so every target firm can be found however many there
 * are — the chain's, or (none of the chain's matching) the city's others.
 */
export function useTargetFirmSearch(chainId: number): FieldSearch {
  const { t, i18n } = useTranslation('investment');
  const format = useFormatters();
  const find = (search: Record<string, string | number>, signal: AbortSignal) =>
    apiGet(
      '/api/target-firms',
      () => import('@server/contract/investment').then((contract) => contract.targetFirmPageSchema),
      { signal, search: { ...search, pageSize: pickerSize } },
    );
  return {
    label: t('investment.leads.fields.searchTargetFirms'),
    queryKey: [...queryKeys.investment.targetFirmPicker(), chainId, i18n.language],
    load: async (text, signal) => {
      const own = await find({ chain: chainId, q: text }, signal);
      // A firm not yet tied to this chain may still be courted for it.
      const firms = own.items.length > 0 ? own.items : (await find({ q: text }, signal)).items;
      return firms.map((firm) => ({
        value: firm.id,
        label: `${format.name(firm)}（${firm.hqCity}）`,
      }));
    },
  };
}
