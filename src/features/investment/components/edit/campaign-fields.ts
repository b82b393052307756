import { useTranslation } from 'react-i18next';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { CampaignCreate } from '@/features/investment/api/create-campaign';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

/** A campaign's fields, the same to add one as to change one; null until the chains are in. */
export function useCampaignFields(): FieldsOf<CampaignCreate>[] | null {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const chains = useChainOptions();
  if (!chains.data) return null;
  return [
    { name: 'name', label: t('investment.campaigns.fields.name'), kind: 'text' },
    {
      name: 'nameEn',
      label: t('investment.campaigns.fields.nameEn'),
      kind: 'text',
      nullable: true,
    },
    { name: 'city', label: t('investment.campaigns.fields.city'), kind: 'text' },
    {
      name: 'cityEn',
      label: t('investment.campaigns.fields.cityEn'),
      kind: 'text',
      nullable: true,
    },
    { name: 'startsOn', label: t('investment.campaigns.fields.startsOn'), kind: 'date' },
    { name: 'endsOn', label: t('investment.campaigns.fields.endsOn'), kind: 'date' },
    {
      name: 'chainIds',
      label: t('investment.campaigns.fields.chainIds'),
      kind: 'checkboxes',
      multiple: true,
      options: chains.data.items.map((chain) => ({ value: chain.id, label: format.name(chain) })),
    },
    {
      name: 'note',
      label: t('investment.campaigns.fields.note'),
      kind: 'textarea',
      nullable: true,
    },
  ];
}
