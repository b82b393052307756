import type { SecurityEvent } from '../../../contract/security';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { securityEventResultLabels, securityEventTypeLabels, userRoleLabels } from './labels';

export const securityEventsSheetName: Localized = {
  'zh-CN': '安全审计',
  'en-US': 'Security audit',
};

export const securityEventColumns: SheetColumn<SecurityEvent>[] = [
  {
    key: 'at',
    header: { 'zh-CN': '时间', 'en-US': 'Time' },
    type: 'datetime',
    value: (event) => new Date(event.at),
  },
  {
    key: 'type',
    header: { 'zh-CN': '事件', 'en-US': 'Event' },
    type: 'text',
    choices: securityEventTypeLabels,
    value: (event, language) => choiceLabel(securityEventTypeLabels, event.type, language),
  },
  {
    key: 'result',
    header: { 'zh-CN': '结果', 'en-US': 'Result' },
    type: 'text',
    choices: securityEventResultLabels,
    value: (event, language) => choiceLabel(securityEventResultLabels, event.result, language),
  },
  {
    key: 'actor',
    header: { 'zh-CN': '操作人', 'en-US': 'By' },
    type: 'text',
    value: (event) => event.actor,
  },
  {
    key: 'actorRole',
    header: { 'zh-CN': '操作人角色', 'en-US': 'Role' },
    type: 'text',
    choices: userRoleLabels,
    value: (event, language) =>
      event.actorRole === null ? null : choiceLabel(userRoleLabels, event.actorRole, language),
  },
  {
    key: 'object',
    header: { 'zh-CN': '对象', 'en-US': 'Object' },
    type: 'text',
    value: (event) => event.object,
  },
  {
    key: 'clientAddress',
    header: { 'zh-CN': '地址', 'en-US': 'Address' },
    type: 'text',
    value: (event) => event.clientAddress,
  },
  {
    key: 'detail',
    header: { 'zh-CN': '详情', 'en-US': 'Detail' },
    type: 'text',
    value: (event) => detailLines(event.detail),
  },
];

/** One line per detail, `name: value`, nested values as JSON; nothing when there is none. */
function detailLines(detail: Record<string, unknown> | null): string | null {
  const lines = Object.entries(detail ?? {}).map(
    ([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return lines.length > 0 ? lines.join('\n') : null;
}
