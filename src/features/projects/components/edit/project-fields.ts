import { useTranslation } from 'react-i18next';
import * as domain from '@server/contract/domain';
import type { ProjectDetail } from '@server/contract/projects';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { ProjectCreate } from '@/features/projects/api/create-project';
import { useCampaignOptions } from '@/features/projects/api/get-campaign-options';
import { useChainLinks } from '@/hooks/use-chain-links';
import { useFirmSearch } from '@/hooks/use-firm-search';
import { useFormatters } from '@/hooks/use-formatters';
import { useParkOptions } from '@/hooks/use-filter-options';

/**
 * A project's fields, the same to add one as to change one; null until the parks are loaded.
 * Its firm is searched on the server: the chain's firms first, then any other of the city's.
 */
export function useProjectFields(
  chainId: number,
  project?: ProjectDetail,
): FieldsOf<ProjectCreate>[] | null {
  const { t } = useTranslation(['editing', 'projects', 'translation']);
  const format = useFormatters();
  const parks = useParkOptions();
  const firmSearch = useFirmSearch({ chainId, cityWide: true });
  const chainLinks = useChainLinks([chainId]);
  const campaigns = useCampaignOptions();
  if (!parks.data || chainLinks.pending || !campaigns.data) return null;
  const linkOptions = chainLinks.links.map((link) => ({
    value: link.id,
    label: t('projects.edit.linkOption', {
      ns: 'projects',
      link: format.name(link),
      strength: t(`linkStrength.${link.strength}`, { ns: 'translation' }),
    }),
  }));
  // The campaigns that courted this chain, and the project's own should it be another's.
  const campaignOptions = campaigns.data.items
    .filter(
      (campaign) =>
        campaign.chains.some((chain) => chain.id === chainId) ||
        campaign.id === project?.campaign?.id,
    )
    .map((campaign) => ({ value: campaign.id, label: format.name(campaign) }));
  const parkOptions = parks.data.items.map((park) => ({
    value: park.id,
    label: format.name(park),
  }));
  const currentPark = project?.park;
  return [
    { name: 'name', label: t('editing.fields.projectName'), kind: 'text' },
    {
      name: 'origin',
      label: t('editing.fields.origin'),
      kind: 'select',
      options: domain.projectOrigins.map((value) => ({
        value,
        label: t(`projectOrigin.${value}`, { ns: 'translation' }),
      })),
    },
    {
      name: 'linkId',
      label: t('projects.edit.link', { ns: 'projects' }),
      kind: 'select',
      nullable: true,
      options: linkOptions,
    },
    {
      name: 'campaignId',
      label: t('projects.edit.campaign', { ns: 'projects' }),
      kind: 'select',
      nullable: true,
      options: campaignOptions,
    },
    { name: 'investmentYi', label: t('editing.fields.investmentYi'), kind: 'number' },
    {
      name: 'parkId',
      label: t('editing.fields.parkId'),
      kind: 'select',
      nullable: true,
      // The project's park stays a choice even should the list not hold it.
      options:
        currentPark && !parkOptions.some((option) => option.value === currentPark.id)
          ? [{ value: currentPark.id, label: format.name(currentPark) }, ...parkOptions]
          : parkOptions,
    },
    {
      name: 'firmId',
      label: t('editing.fields.projectFirmId'),
      kind: 'search-select',
      nullable: true,
      options: project?.firm ? [{ value: project.firm.id, label: format.name(project.firm) }] : [],
      search: firmSearch,
    },
    {
      name: 'stage',
      label: t('editing.fields.stage'),
      kind: 'select',
      options: domain.projectStages.map((value) => ({
        value,
        label: t(`projectStage.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'signedOn', label: t('editing.fields.signedOn'), kind: 'date' },
    { name: 'startedOn', label: t('editing.fields.startedOn'), kind: 'date', nullable: true },
    {
      name: 'productionOn',
      label: t('editing.fields.productionOn'),
      kind: 'date',
      nullable: true,
    },
    {
      name: 'plannedProductionOn',
      label: t('editing.fields.plannedProductionOn'),
      kind: 'date',
      nullable: true,
    },
    { name: 'progress', label: t('editing.fields.progress'), kind: 'number' },
  ];
}
