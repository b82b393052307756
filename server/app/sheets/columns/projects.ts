import type { ProjectListItem } from '../../../contract/projects';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { projectOriginLabels, projectStageLabels } from './labels';

export const projectsSheetName: Localized = { 'zh-CN': '项目', 'en-US': 'Projects' };

/** Natural key for import: the project's name. */
export const projectColumns: SheetColumn<ProjectListItem>[] = [
  {
    key: 'name',
    header: { 'zh-CN': '项目名称', 'en-US': 'Name' },
    type: 'text',
    value: (project) => project.name,
  },
  {
    key: 'nameEn',
    exportOnly: true,
    header: { 'zh-CN': '英文名称', 'en-US': 'English name' },
    type: 'text',
    value: (project) => project.nameEn,
  },
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (project) => project.chain.name,
  },
  {
    key: 'park',
    header: { 'zh-CN': '园区', 'en-US': 'Park' },
    type: 'text',
    value: (project) => project.park?.name ?? null,
  },
  {
    key: 'firm',
    header: { 'zh-CN': '企业', 'en-US': 'Firm' },
    type: 'text',
    value: (project) => project.firm?.name ?? null,
  },
  {
    key: 'origin',
    header: { 'zh-CN': '来源', 'en-US': 'Origin' },
    type: 'text',
    choices: projectOriginLabels,
    value: (project, language) => choiceLabel(projectOriginLabels, project.origin, language),
  },
  {
    key: 'investmentYi',
    header: { 'zh-CN': '总投资（亿元）', 'en-US': 'Investment (100M CNY)' },
    type: 'number',
    numberFormat: '#,##0.00',
    value: (project) => project.investmentYi,
  },
  {
    key: 'stage',
    header: { 'zh-CN': '阶段', 'en-US': 'Stage' },
    type: 'text',
    choices: projectStageLabels,
    value: (project, language) => choiceLabel(projectStageLabels, project.stage, language),
  },
  {
    key: 'signedOn',
    header: { 'zh-CN': '签约日期', 'en-US': 'Signed on' },
    type: 'date',
    value: (project) => project.signedOn,
  },
  {
    key: 'startedOn',
    header: { 'zh-CN': '开工日期', 'en-US': 'Started on' },
    type: 'date',
    value: (project) => project.startedOn,
  },
  {
    key: 'plannedProductionOn',
    header: { 'zh-CN': '计划投产日期', 'en-US': 'Planned production' },
    type: 'date',
    value: (project) => project.plannedProductionOn,
  },
  {
    key: 'productionOn',
    header: { 'zh-CN': '投产日期', 'en-US': 'In production on' },
    type: 'date',
    value: (project) => project.productionOn,
  },
  {
    key: 'progress',
    header: { 'zh-CN': '进度（%）', 'en-US': 'Progress (%)' },
    type: 'integer',
    value: (project) => project.progress,
  },
  {
    key: 'progressUpdatedOn',
    exportOnly: true,
    header: { 'zh-CN': '进度更新日期', 'en-US': 'Progress updated on' },
    type: 'date',
    value: (project) => project.progressUpdatedOn,
  },
];
