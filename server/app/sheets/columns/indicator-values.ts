import type { Localized, SheetColumn } from '../columns';

export const indicatorValuesSheetName: Localized = { 'zh-CN': '指标数据', 'en-US': 'Indicators' };

/** One period's figure of one chain's indicator, named by codes so it can be imported back. */
export interface IndicatorValueSheetRow {
  chainCode: string;
  chainName: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  /** `2026Q3` */
  period: string;
  value: number | null;
  target: number;
  warningThreshold: number;
  excellentThreshold: number;
  /** The day the figure is as of, `YYYY-MM-DD`. */
  asOf: string | null;
  source: string | null;
  /** The display name of who last entered it. */
  enteredBy: string | null;
  enteredAt: Date | null;
}

/** Natural key for import: chain code, indicator code and quarter. */
export const indicatorValueColumns: SheetColumn<IndicatorValueSheetRow>[] = [
  {
    key: 'chainCode',
    header: { 'zh-CN': '产业链代码', 'en-US': 'Chain code' },
    type: 'text',
    value: (row) => row.chainCode,
  },
  {
    key: 'chainName',
    exportOnly: true,
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (row) => row.chainName,
  },
  {
    key: 'indicatorCode',
    header: { 'zh-CN': '指标代码', 'en-US': 'Indicator code' },
    type: 'text',
    value: (row) => row.indicatorCode,
  },
  {
    key: 'indicatorName',
    exportOnly: true,
    header: { 'zh-CN': '指标', 'en-US': 'Indicator' },
    type: 'text',
    value: (row) => row.indicatorName,
  },
  {
    key: 'unit',
    exportOnly: true,
    header: { 'zh-CN': '单位', 'en-US': 'Unit' },
    type: 'text',
    value: (row) => row.unit,
  },
  {
    key: 'period',
    header: { 'zh-CN': '季度', 'en-US': 'Quarter' },
    type: 'text',
    value: (row) => row.period,
  },
  {
    key: 'value',
    header: { 'zh-CN': '实际值', 'en-US': 'Value' },
    type: 'number',
    value: (row) => row.value,
  },
  {
    key: 'target',
    header: { 'zh-CN': '目标值', 'en-US': 'Target' },
    type: 'number',
    value: (row) => row.target,
  },
  {
    key: 'warningThreshold',
    header: { 'zh-CN': '预警值', 'en-US': 'Warning threshold' },
    type: 'number',
    value: (row) => row.warningThreshold,
  },
  {
    key: 'excellentThreshold',
    header: { 'zh-CN': '优秀值', 'en-US': 'Excellent threshold' },
    type: 'number',
    value: (row) => row.excellentThreshold,
  },
  {
    key: 'asOf',
    header: { 'zh-CN': '数据截至', 'en-US': 'As of' },
    type: 'date',
    value: (row) => row.asOf,
  },
  {
    key: 'source',
    header: { 'zh-CN': '数据来源', 'en-US': 'Source' },
    type: 'text',
    value: (row) => row.source,
  },
  {
    key: 'enteredBy',
    exportOnly: true,
    header: { 'zh-CN': '填报人', 'en-US': 'Entered by' },
    type: 'text',
    value: (row) => row.enteredBy,
  },
  {
    key: 'enteredAt',
    exportOnly: true,
    header: { 'zh-CN': '填报时间', 'en-US': 'Entered at' },
    type: 'datetime',
    value: (row) => row.enteredAt,
  },
];
