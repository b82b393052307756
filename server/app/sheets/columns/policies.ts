import type { policies } from '../../../db/schema';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { policyRetiredLabels, policyStatusLabels } from './labels';

export const policiesSheetName: Localized = { 'zh-CN': '扶持政策', 'en-US': 'Policies' };

/** A policy as the chain page's query returns it, with its chain named. */
export type PolicySheetRow = typeof policies.$inferSelect & { chainName: string };

export const policyColumns: SheetColumn<PolicySheetRow>[] = [
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (policy) => policy.chainName,
  },
  {
    key: 'title',
    header: { 'zh-CN': '政策名称', 'en-US': 'Title' },
    type: 'text',
    value: (policy) => policy.title,
  },
  {
    key: 'docNumber',
    header: { 'zh-CN': '文号', 'en-US': 'Document number' },
    type: 'text',
    value: (policy) => policy.docNumber,
  },
  {
    key: 'issuer',
    header: { 'zh-CN': '发文单位', 'en-US': 'Issuer' },
    type: 'text',
    value: (policy) => policy.issuer,
  },
  {
    key: 'issuedOn',
    header: { 'zh-CN': '印发日期', 'en-US': 'Issued on' },
    type: 'date',
    value: (policy) => policy.issuedOn,
  },
  {
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    type: 'text',
    choices: policyStatusLabels,
    value: (policy, language) => choiceLabel(policyStatusLabels, policy.status, language),
  },
  {
    key: 'retired',
    header: { 'zh-CN': '是否废止', 'en-US': 'Active or retired' },
    type: 'text',
    choices: policyRetiredLabels,
    value: (policy, language) =>
      choiceLabel(policyRetiredLabels, policy.retiredAt ? 'retired' : 'active', language),
  },
  {
    key: 'retiredAt',
    header: { 'zh-CN': '废止时间', 'en-US': 'Retired at' },
    type: 'datetime',
    value: (policy) => policy.retiredAt,
  },
  {
    key: 'budgetWan',
    header: { 'zh-CN': '预算（万元）', 'en-US': 'Budget (10K CNY)' },
    type: 'number',
    numberFormat: '0.00',
    value: (policy) => policy.budgetWan,
  },
  {
    key: 'disbursedWan',
    header: { 'zh-CN': '已兑现（万元）', 'en-US': 'Disbursed (10K CNY)' },
    type: 'number',
    numberFormat: '0.00',
    value: (policy) => policy.disbursedWan,
  },
  {
    key: 'beneficiaries',
    header: { 'zh-CN': '受益企业（家）', 'en-US': 'Beneficiary firms' },
    type: 'integer',
    value: (policy) => policy.beneficiaries,
  },
];
