import type { LeadListItem } from '../../../contract/investment';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { leadActionLabels, leadStageLabels } from './labels';

export const leadsSheetName: Localized = { 'zh-CN': '招商线索', 'en-US': 'Investment leads' };

const day = (
  key: keyof LeadListItem & string,
  zh: string,
  en: string,
): SheetColumn<LeadListItem> => ({
  key,
  header: { 'zh-CN': zh, 'en-US': en },
  type: 'date',
  value: (lead) => lead[key] as string | null,
});

/** The leads list as a sheet: what the list shows, one row a lead. */
export const leadColumns: SheetColumn<LeadListItem>[] = [
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (lead) => lead.chain.name,
  },
  {
    key: 'targetFirm',
    header: { 'zh-CN': '目标企业', 'en-US': 'Target firm' },
    type: 'text',
    value: (lead) => lead.targetFirm.name,
  },
  {
    key: 'hqCity',
    header: { 'zh-CN': '总部城市', 'en-US': 'HQ city' },
    type: 'text',
    // The target firm's own field: changed on the target firm, not on its leads.
    exportOnly: true,
    value: (lead) => lead.targetFirm.hqCity,
  },
  {
    key: 'link',
    header: { 'zh-CN': '环节', 'en-US': 'Link' },
    type: 'text',
    value: (lead) => lead.link.name,
  },
  {
    key: 'action',
    header: { 'zh-CN': '类型', 'en-US': 'Action' },
    type: 'text',
    choices: leadActionLabels,
    value: (lead, language) => choiceLabel(leadActionLabels, lead.action, language),
  },
  {
    key: 'owner',
    header: { 'zh-CN': '负责人', 'en-US': 'Owner' },
    type: 'text',
    value: (lead) => lead.owner?.name ?? null,
  },
  {
    key: 'stage',
    header: { 'zh-CN': '阶段', 'en-US': 'Stage' },
    type: 'text',
    choices: leadStageLabels,
    value: (lead, language) => choiceLabel(leadStageLabels, lead.stage, language),
  },
  day('identifiedOn', '线索日期', 'Identified on'),
  day('contactedOn', '接洽日期', 'Contacted on'),
  day('visitedOn', '考察日期', 'Visited on'),
  day('negotiatingOn', '洽谈日期', 'Negotiating since'),
  day('signedOn', '签约日期', 'Signed on'),
  day('droppedOn', '终止日期', 'Dropped on'),
  {
    key: 'dropReason',
    header: { 'zh-CN': '终止原因', 'en-US': 'Reason dropped' },
    type: 'text',
    value: (lead) => lead.dropReason,
  },
  {
    key: 'expectedInvestmentYi',
    header: { 'zh-CN': '预计投资（亿元）', 'en-US': 'Expected investment (100M CNY)' },
    type: 'number',
    numberFormat: '#,##0.00',
    value: (lead) => lead.expectedInvestmentYi,
  },
  {
    key: 'nextStep',
    header: { 'zh-CN': '下一步', 'en-US': 'Next step' },
    type: 'text',
    value: (lead) => lead.nextStep,
  },
  day('nextStepDueOn', '下一步期限', 'Next step due'),
  {
    key: 'campaign',
    header: { 'zh-CN': '招商活动', 'en-US': 'Campaign' },
    type: 'text',
    value: (lead) => lead.campaign?.name ?? null,
  },
  {
    key: 'note',
    header: { 'zh-CN': '备注', 'en-US': 'Note' },
    type: 'text',
    value: (lead) => lead.note,
  },
  {
    key: 'project',
    header: { 'zh-CN': '签约项目', 'en-US': 'Signed project' },
    type: 'text',
    // Signing makes the project; a sheet cannot name one.
    exportOnly: true,
    value: (lead) => lead.project?.name ?? null,
  },
];
