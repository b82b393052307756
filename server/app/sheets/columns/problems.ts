import type { ProblemFacts } from '../../queries/problems';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { problemStatusLabels } from './labels';

export const problemsSheetName: Localized = { 'zh-CN': '企业问题', 'en-US': 'Problems' };

/** Natural key for import: title, firm and the day it was raised. */
export const problemColumns: SheetColumn<ProblemFacts>[] = [
  {
    key: 'title',
    header: { 'zh-CN': '问题', 'en-US': 'Title' },
    type: 'text',
    value: (problem) => problem.title,
  },
  {
    key: 'detail',
    header: { 'zh-CN': '问题描述', 'en-US': 'Detail' },
    type: 'text',
    value: (problem) => problem.detail,
  },
  {
    key: 'category',
    header: { 'zh-CN': '类别', 'en-US': 'Category' },
    type: 'text',
    value: (problem) => problem.category,
  },
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (problem) => problem.chain?.name ?? null,
  },
  {
    key: 'firm',
    header: { 'zh-CN': '企业', 'en-US': 'Firm' },
    type: 'text',
    value: (problem) => problem.firm?.name ?? null,
  },
  {
    key: 'ownerDepartment',
    header: { 'zh-CN': '责任部门', 'en-US': 'Owner department' },
    type: 'text',
    value: (problem) => problem.ownerDepartment?.name ?? null,
  },
  {
    key: 'raisedOn',
    header: { 'zh-CN': '提出日期', 'en-US': 'Raised on' },
    type: 'date',
    value: (problem) => problem.raisedOn,
  },
  {
    key: 'deadline',
    header: { 'zh-CN': '办理时限', 'en-US': 'Deadline' },
    type: 'date',
    value: (problem) => problem.deadline,
  },
  {
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    type: 'text',
    choices: problemStatusLabels,
    value: (problem, language) => choiceLabel(problemStatusLabels, problem.status, language),
  },
  {
    key: 'resolvedOn',
    header: { 'zh-CN': '办结日期', 'en-US': 'Resolved on' },
    type: 'date',
    value: (problem) => problem.resolvedOn,
  },
  {
    key: 'feedback',
    header: { 'zh-CN': '办理反馈', 'en-US': 'Feedback' },
    type: 'text',
    value: (problem) => problem.feedback,
  },
  {
    key: 'overdueDays',
    exportOnly: true,
    header: { 'zh-CN': '逾期天数', 'en-US': 'Days overdue' },
    type: 'integer',
    value: (problem) => problem.overdueDays,
  },
];
