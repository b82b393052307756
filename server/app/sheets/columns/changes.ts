import type { ChangeItem, ChangeKind, ChangeSectionName } from '../../../contract/changes';
import type { FiveOneState, IndicatorRating, RagStatus } from '../../../contract/domain';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { leadStageLabels, problemStatusLabels, projectStageLabels } from './labels';

export const changesSheetName: Localized = { 'zh-CN': '本周变化', 'en-US': 'What changed' };

/** One change of the brief, with the section it is listed under. */
export type ChangeSheetRow = ChangeItem & { section: ChangeSectionName };

const sectionLabels: Record<ChangeSectionName, Localized> = {
  chainStatus: { 'zh-CN': '运行状态', 'en-US': 'Chain status' },
  fiveOnes: { 'zh-CN': '五个一', 'en-US': 'Five ones' },
  projects: { 'zh-CN': '重大项目', 'en-US': 'Projects' },
  problems: { 'zh-CN': '企业问题', 'en-US': 'Firm problems' },
  indicators: { 'zh-CN': '指标填报', 'en-US': 'Indicator figures' },
  reports: { 'zh-CN': '专班动态', 'en-US': 'Status reports' },
  leads: { 'zh-CN': '招商线索', 'en-US': 'Investment leads' },
};

const changeLabels: Record<ChangeKind, Localized> = {
  status: { 'zh-CN': '状态调整', 'en-US': 'Status changed' },
  state: { 'zh-CN': '进展变化', 'en-US': 'State changed' },
  stage: { 'zh-CN': '阶段推进', 'en-US': 'Stage advanced' },
  signed: { 'zh-CN': '签约', 'en-US': 'Signed' },
  started: { 'zh-CN': '开工', 'en-US': 'Started' },
  in_production: { 'zh-CN': '投产', 'en-US': 'In production' },
  raised: { 'zh-CN': '新提出', 'en-US': 'Raised' },
  resolved: { 'zh-CN': '已办结', 'en-US': 'Resolved' },
  overdue: { 'zh-CN': '新逾期', 'en-US': 'Newly overdue' },
  entered: { 'zh-CN': '填报', 'en-US': 'Entered' },
  filed: { 'zh-CN': '报送', 'en-US': 'Filed' },
  created: { 'zh-CN': '新增', 'en-US': 'New' },
};

const ragLabels: Record<RagStatus, Localized> = {
  green: { 'zh-CN': '绿', 'en-US': 'Green' },
  amber: { 'zh-CN': '黄', 'en-US': 'Amber' },
  red: { 'zh-CN': '红', 'en-US': 'Red' },
};

const fiveOneStateLabels: Record<FiveOneState, Localized> = {
  missing: { 'zh-CN': '缺失', 'en-US': 'Missing' },
  in_progress: { 'zh-CN': '推进中', 'en-US': 'In progress' },
  in_place: { 'zh-CN': '已到位', 'en-US': 'In place' },
};

const ratingLabels: Record<IndicatorRating, Localized> = {
  excellent: { 'zh-CN': '优秀', 'en-US': 'Excellent' },
  green: { 'zh-CN': '达标', 'en-US': 'On target' },
  amber: { 'zh-CN': '预警', 'en-US': 'Warning' },
  red: { 'zh-CN': '未达标', 'en-US': 'Off target' },
};

/** The vocabulary a section's before and after are codes of; figures and days are as they are. */
const valueLabels: Partial<Record<ChangeSectionName, Record<string, Localized>>> = {
  chainStatus: ragLabels,
  fiveOnes: fiveOneStateLabels,
  projects: projectStageLabels,
  reports: ragLabels,
  leads: leadStageLabels,
};

function valueLabel(row: ChangeSheetRow, value: string | null, language: 'zh-CN' | 'en-US') {
  if (value === null) return null;
  const labels =
    row.section === 'problems' && row.change !== 'overdue'
      ? problemStatusLabels
      : valueLabels[row.section];
  return labels ? choiceLabel(labels, value, language) : value;
}

/** The brief as a sheet, one row a change, in the screen's order. Read-only: never imported. */
export const changeColumns: SheetColumn<ChangeSheetRow>[] = [
  {
    key: 'section',
    header: { 'zh-CN': '类别', 'en-US': 'Section' },
    type: 'text',
    exportOnly: true,
    value: (row, language) => choiceLabel(sectionLabels, row.section, language),
  },
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    exportOnly: true,
    value: (row, language) =>
      (language === 'en-US' ? row.chain?.nameEn : null) ?? row.chain?.name ?? null,
  },
  {
    key: 'record',
    header: { 'zh-CN': '事项', 'en-US': 'Record' },
    type: 'text',
    exportOnly: true,
    value: (row, language) =>
      [(language === 'en-US' ? row.nameEn : null) ?? row.name, row.subject]
        .filter(Boolean)
        .join(' · '),
  },
  {
    key: 'change',
    header: { 'zh-CN': '变化', 'en-US': 'Change' },
    type: 'text',
    exportOnly: true,
    value: (row, language) => choiceLabel(changeLabels, row.change, language),
  },
  {
    key: 'before',
    header: { 'zh-CN': '变化前', 'en-US': 'Before' },
    type: 'text',
    exportOnly: true,
    value: (row, language) => valueLabel(row, row.before, language),
  },
  {
    key: 'after',
    header: { 'zh-CN': '变化后', 'en-US': 'After' },
    type: 'text',
    exportOnly: true,
    value: (row, language) =>
      [valueLabel(row, row.after, language), row.unit].filter(Boolean).join(' ') || null,
  },
  {
    key: 'rating',
    header: { 'zh-CN': '评价', 'en-US': 'Rating' },
    type: 'text',
    exportOnly: true,
    value: (row, language) => (row.rating ? choiceLabel(ratingLabels, row.rating, language) : null),
  },
  {
    key: 'on',
    header: { 'zh-CN': '日期', 'en-US': 'Date' },
    type: 'date',
    exportOnly: true,
    value: (row) => row.on,
  },
  {
    key: 'by',
    header: { 'zh-CN': '操作人', 'en-US': 'By' },
    type: 'text',
    exportOnly: true,
    value: (row) => row.by,
  },
];
