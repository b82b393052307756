import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '@server/contract/meetings';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { MeetingCreate } from '@/features/meetings/api/create-meeting';
import { useFirmSearches } from '@/hooks/use-firm-search';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';
import { can, canEditChain, useSession } from '@/lib/auth';

type MeetingFields = FieldsOf<MeetingCreate>[];

/**
 * A meeting's fields, the same to add one as to change one; null until the chains are loaded.
 * The chains offered are those the user may change (and the meeting's own); 全市 only to
 * administrators, as the server allows. The firms are searched among the chosen chain's (the
 * city's for a city-wide meeting), so `fieldsFor` follows the chain the form holds.
 */
export function useMeetingFields(
  meeting?: MeetingDetail,
): { fields: MeetingFields; fieldsFor: (values: Partial<MeetingCreate>) => MeetingFields } | null {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const user = useSession();
  const chains = useChainOptions();
  const firmSearch = useFirmSearches();
  if (!chains.data) return null;
  const cityWide = can(user, 'write_all_chains');
  const chainOptions = chains.data.items
    .filter((chain) => canEditChain(user, chain.id) || chain.id === meeting?.chain?.id)
    .map((chain) => ({ value: chain.id, label: format.name(chain) }));
  const firmOptions = meeting?.firms.map((firm) => ({ value: firm.id, label: format.name(firm) }));
  const fieldsFor = (values: Partial<MeetingCreate>): MeetingFields => [
    { name: 'heldOn', label: t('meetings.edit.heldOn'), kind: 'date' },
    {
      name: 'chainId',
      label: t('meetings.edit.chain'),
      kind: 'select',
      nullable: cityWide,
      emptyLabel: t('meetings.cityWide'),
      options: chainOptions,
    },
    { name: 'title', label: t('meetings.edit.title'), kind: 'text' },
    { name: 'place', label: t('meetings.edit.place'), kind: 'text', nullable: true },
    { name: 'host', label: t('meetings.edit.host'), kind: 'text', nullable: true },
    {
      name: 'firmIds',
      label: t('meetings.edit.firms'),
      kind: 'search-select',
      multiple: true,
      options: firmOptions ?? [],
      search: firmSearch({ chainId: values.chainId ?? null }),
    },
    { name: 'notes', label: t('meetings.edit.notes'), kind: 'textarea', nullable: true },
  ];
  return { fields: fieldsFor({ chainId: meeting?.chain?.id ?? null }), fieldsFor };
}
