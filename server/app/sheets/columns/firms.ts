import type { FirmListItem } from '../../../contract/firms';
import { choiceLabel, joinNames, type SheetColumn, type Localized } from '../columns';
import { firmTagLabels, revenueBandLabels } from './labels';

export const firmsSheetName: Localized = { 'zh-CN': '企业', 'en-US': 'Firms' };

/** Natural keys for import: the credit code, else the name. */
export const firmColumns: SheetColumn<FirmListItem>[] = [
  {
    key: 'name',
    header: { 'zh-CN': '企业名称', 'en-US': 'Name' },
    type: 'text',
    value: (firm) => firm.name,
  },
  {
    key: 'nameEn',
    header: { 'zh-CN': '英文名称', 'en-US': 'English name' },
    type: 'text',
    value: (firm) => firm.nameEn,
  },
  {
    key: 'creditCode',
    header: { 'zh-CN': '统一社会信用代码', 'en-US': 'Unified social credit code' },
    type: 'text',
    value: (firm) => firm.creditCode,
  },
  {
    key: 'park',
    header: { 'zh-CN': '所在园区', 'en-US': 'Park' },
    type: 'text',
    value: (firm) => firm.park?.name ?? null,
  },
  {
    key: 'chains',
    header: { 'zh-CN': '所属产业链', 'en-US': 'Chains' },
    type: 'text',
    value: (firm) => joinNames(firm.chains),
  },
  {
    key: 'tags',
    header: { 'zh-CN': '企业标签', 'en-US': 'Tags' },
    type: 'text',
    choices: firmTagLabels,
    multiple: true,
    value: (firm, language) =>
      firm.tags.length > 0 ? choiceLabel(firmTagLabels, firm.tags, language) : null,
  },
  {
    key: 'revenueBand',
    header: { 'zh-CN': '营收规模', 'en-US': 'Revenue band' },
    type: 'text',
    choices: revenueBandLabels,
    value: (firm, language) => choiceLabel(revenueBandLabels, firm.revenueBand, language),
  },
  {
    key: 'revenueYi',
    header: { 'zh-CN': '营业收入（亿元）', 'en-US': 'Revenue (100M CNY)' },
    type: 'number',
    numberFormat: '#,##0.00',
    value: (firm) => firm.revenueYi,
  },
  {
    key: 'foundedYear',
    header: { 'zh-CN': '成立年份', 'en-US': 'Founded' },
    type: 'integer',
    value: (firm) => firm.foundedYear,
  },
  {
    key: 'employees',
    header: { 'zh-CN': '员工人数', 'en-US': 'Employees' },
    type: 'integer',
    value: (firm) => firm.employees,
  },
];
