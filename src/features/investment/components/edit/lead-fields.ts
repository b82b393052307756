import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { leadActions, leadPipelineStages, type LeadAction } from '@server/contract/domain';
import type { InvestmentLink, LeadDetail } from '@server/contract/investment';
import { leadStageDateFields, leadStagesInOrder } from '@server/contract/investment-writes';
import type { LinkStrength } from '@server/contract/domain';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { LeadCreate } from '@/features/investment/api/create-lead';
import { useCampaigns } from '@/features/investment/api/get-campaigns';
import { useChainInvestment } from '@/features/investment/api/get-chain-investment';
import { useChainMembers } from '@/features/investment/api/get-chain-members';
import { useTargetFirmSearch } from '@/features/investment/api/use-target-firm-search';
import { useDepartmentOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

/** What a link's strength calls for: a strong link is strengthened, a weak or missing one filled. */
export const actionFor: Record<LinkStrength, LeadAction> = {
  strong: 'strengthen',
  weak: 'fill',
  missing: 'fill',
};

/** How far along the pipeline a stage is; a dropped lead may have reached any stage before. */
function reachedIndex(stage: unknown): number {
  if (stage === 'dropped') return leadPipelineStages.indexOf('negotiating');
  return leadPipelineStages.indexOf(stage as (typeof leadPipelineStages)[number]);
}

type Set = (name: string, value: unknown) => void;

/**
 * Fields that follow another: a link sets the action its strength calls for; a stage dates its
 * own step today (and a drop, its drop) when the user has not; leaving 签约 unlinks the project.
 */
export function followLeadField(
  links: readonly InvestmentLink[],
): (name: string, values: Record<string, unknown>, set: Set) => void {
  return (name, values, set) => {
    if (name === 'linkId') {
      const link = links.find((candidate) => candidate.id === values.linkId);
      if (link) set('action', actionFor[link.strength]);
    }
    if (name === 'stage') {
      const today = cityDay(new Date());
      const stage = values.stage;
      if (stage === 'dropped') {
        if (!values.droppedOn) set('droppedOn', today);
      } else {
        const field = leadStageDateFields[stage as (typeof leadPipelineStages)[number]];
        if (field && !values[field]) set(field, today);
      }
      if (stage !== 'signed') set('projectId', null);
    }
  };
}

/** The fields both forms share: the chain is fixed, never a field. */
type LeadFields = FieldsOf<Omit<LeadCreate, 'chainId'>>;

export interface LeadForm {
  fields: LeadFields[];
  links: InvestmentLink[];
}

/**
 * A lead's fields, the same to add one as to change one; null until the chain's links, members,
 * the departments and the campaigns are in. The dates show up to the chosen stage.
 */
export function useLeadFields(chainId: number, lead?: LeadDetail): LeadForm | null {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const investment = useChainInvestment(chainId);
  const members = useChainMembers(chainId);
  const departments = useDepartmentOptions();
  const campaigns = useCampaigns();
  const targetFirmSearch = useTargetFirmSearch(chainId);
  if (!investment.data || !members.data || !departments.data || !campaigns.data) return null;
  const links = investment.data.segments.flatMap((segment) => segment.links);
  const dateShown = (index: number) => (values: Record<string, unknown>) =>
    reachedIndex(values.stage) >= index;
  const stageDate = (stage: (typeof leadPipelineStages)[number], index: number) =>
    ({
      name: leadStageDateFields[stage],
      label: t(`investment.leads.fields.${leadStageDateFields[stage]}`),
      kind: 'date',
      nullable: true,
      shownWhen: dateShown(index),
    }) as const;
  const dropped = (values: Record<string, unknown>) => values.stage === 'dropped';
  return {
    links,
    fields: [
      {
        name: 'linkId',
        label: t('investment.leads.fields.linkId'),
        kind: 'select',
        options: links.map((link) => ({
          value: link.id,
          label: `${format.name(link)}（${t(`linkStrength.${link.strength}`)}）`,
        })),
      },
      {
        name: 'targetFirmId',
        label: t('investment.leads.fields.targetFirmId'),
        kind: 'search-select',
        options: lead
          ? [
              {
                value: lead.targetFirm.id,
                label: `${format.name(lead.targetFirm)}（${lead.targetFirm.hqCity}）`,
              },
            ]
          : [],
        search: targetFirmSearch,
      },
      {
        name: 'action',
        label: t('investment.leads.fields.action'),
        kind: 'select',
        options: leadActions.map((value) => ({ value, label: t(`leadAction.${value}`) })),
      },
      {
        name: 'ownerMemberId',
        label: t('investment.leads.fields.ownerMemberId'),
        kind: 'select',
        nullable: true,
        hint: t('investment.leads.fields.ownerHint'),
        options: members.data.map((member) => ({ value: member.id, label: member.name })),
      },
      {
        name: 'ownerDepartmentId',
        label: t('investment.leads.fields.ownerDepartmentId'),
        kind: 'select',
        nullable: true,
        options: departments.data.items.map((department) => ({
          value: department.id,
          label: format.name(department),
        })),
      },
      {
        name: 'stage',
        label: t('investment.leads.fields.stage'),
        kind: 'select',
        options: leadStagesInOrder.map((value) => ({ value, label: t(`leadStage.${value}`) })),
      },
      { name: 'identifiedOn', label: t('investment.leads.fields.identifiedOn'), kind: 'date' },
      stageDate('contacted', 1),
      stageDate('visited', 2),
      stageDate('negotiating', 3),
      { ...stageDate('signed', 4), shownWhen: (values) => values.stage === 'signed' },
      {
        name: 'droppedOn',
        label: t('investment.leads.fields.droppedOn'),
        kind: 'date',
        nullable: true,
        shownWhen: dropped,
      },
      {
        name: 'dropReason',
        label: t('investment.leads.fields.dropReason'),
        kind: 'text',
        nullable: true,
        shownWhen: dropped,
      },
      {
        name: 'expectedInvestmentYi',
        label: t('investment.leads.fields.expectedInvestmentYi'),
        kind: 'number',
        nullable: true,
      },
      {
        name: 'nextStep',
        label: t('investment.leads.fields.nextStep'),
        kind: 'text',
        nullable: true,
      },
      {
        name: 'nextStepDueOn',
        label: t('investment.leads.fields.nextStepDueOn'),
        kind: 'date',
        nullable: true,
      },
      {
        name: 'campaignId',
        label: t('investment.leads.fields.campaignId'),
        kind: 'select',
        nullable: true,
        options: campaigns.data.items.map((campaign) => ({
          value: campaign.id,
          label: format.name(campaign),
        })),
      },
      {
        name: 'note',
        label: t('investment.leads.fields.note'),
        kind: 'textarea',
        nullable: true,
      },
    ],
  };
}
