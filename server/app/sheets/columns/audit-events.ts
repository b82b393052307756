import type { AuditEvent } from '../../../contract/audit';
import { choiceLabel, type Localized, type SheetColumn } from '../columns';
import { auditActionLabels, auditEntityTypeLabels } from './labels';

export const auditEventsSheetName: Localized = { 'zh-CN': '修改记录', 'en-US': 'Audit trail' };

/** An audit event with its chain named, as the audit page shows it. */
export interface AuditEventSheetRow extends AuditEvent {
  chainName: string | null;
}

export const auditEventColumns: SheetColumn<AuditEventSheetRow>[] = [
  {
    key: 'at',
    header: { 'zh-CN': '时间', 'en-US': 'Time' },
    type: 'datetime',
    value: (event) => new Date(event.at),
  },
  {
    key: 'actor',
    header: { 'zh-CN': '操作人', 'en-US': 'By' },
    type: 'text',
    value: (event) => event.actor,
  },
  {
    key: 'action',
    header: { 'zh-CN': '操作', 'en-US': 'Action' },
    type: 'text',
    choices: auditActionLabels,
    value: (event, language) => choiceLabel(auditActionLabels, event.action, language),
  },
  {
    key: 'entityType',
    header: { 'zh-CN': '记录类型', 'en-US': 'Kind of record' },
    type: 'text',
    choices: auditEntityTypeLabels,
    value: (event, language) => choiceLabel(auditEntityTypeLabels, event.entityType, language),
  },
  {
    key: 'entityId',
    header: { 'zh-CN': '记录', 'en-US': 'Record' },
    type: 'text',
    value: (event) => event.entityId,
  },
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (event) => event.chainName,
  },
  {
    key: 'changes',
    header: { 'zh-CN': '字段变化', 'en-US': 'Changes' },
    type: 'text',
    value: (event) => fieldChanges(event.before, event.after),
  },
];

/** One line per field whose value differs: `field: before → after`, `—` for no value. */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string | null {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const lines = [...fields].flatMap((field) => {
    const was = shown(before?.[field]);
    const is = shown(after?.[field]);
    return was === is ? [] : [`${field}: ${was} → ${is}`];
  });
  return lines.length > 0 ? lines.join('\n') : null;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
