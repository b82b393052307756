import type { TFunction } from 'i18next';
import type { AuditEvent } from '@server/contract/audit';

/*
 * An audit event in words: which fields changed, from what to what. Field names and closed
 * vocabularies are translated; everything else is shown as the text it is.
 */

type EditingT = TFunction<['editing', 'translation']>;

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Fields every snapshot has that say nothing about the change itself. */
const bookkeeping = new Set([
  'id',
  'chainId',
  'version',
  'updatedAt',
  'updatedBy',
  'item',
  'indicatorId',
  'period',
]);

/** Which vocabulary a field's values come from, by the kind of record. */
function vocabulary(entityType: string, field: string): string | null {
  if (field === 'status') {
    if (entityType === 'policy') return 'policyStatus';
    if (entityType === 'problem') return 'problemStatus';
    return 'status';
  }
  const byField: Record<string, string> = {
    state: 'fiveOnes.states',
    meetingCadence: 'meetingCadence',
    stage: 'projectStage',
    origin: 'projectOrigin',
    strength: 'linkStrength',
  };
  return byField[field] ?? null;
}

/** Field labels shared with the edit forms, under the names the records use. */
const labelKeys: Record<string, string> = {
  'policy.title': 'policyTitle',
  'policy.status': 'policyStatus',
  'project.name': 'projectName',
  'project.firmId': 'projectFirmId',
  'problem.title': 'problemTitle',
  'problem.firmId': 'problemFirmId',
  'problem.status': 'problemStatus',
  'status_report.title': 'reportTitle',
  'status_report.status': 'reportStatus',
  'task_force_member.name': 'memberName',
  'chain_link.note': 'linkNote',
  retiredAt: 'retired',
  'user.role': 'userRole',
};

export function fieldLabel(t: EditingT, entityType: string, field: string): string {
  const key = labelKeys[`${entityType}.${field}`] ?? labelKeys[field] ?? field;
  return t(`editing.fields.${key}`, { defaultValue: field }) as string;
}

export function valueText(t: EditingT, entityType: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('editing.empty');
  if (typeof value === 'boolean') return value ? t('editing.yes') : t('editing.no');
  if (Array.isArray(value)) return value.length === 0 ? t('editing.empty') : value.join('、');
  const words = vocabulary(entityType, field);
  if (words && typeof value === 'string') {
    return t(`${words}.${value}`, { ns: 'translation', defaultValue: value }) as string;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The fields an event changed (an update), or the fields it set or removed (a create, a delete). */
export function describeChange(t: EditingT, event: AuditEvent): FieldChange[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !bookkeeping.has(field),
  );
  return fields.flatMap((field) => {
    const from = valueText(t, event.entityType, field, event.before ? before[field] : null);
    const to = valueText(t, event.entityType, field, event.after ? after[field] : null);
    if (event.action !== 'create' && event.action !== 'delete' && from === to) return [];
    return [{ field, label: fieldLabel(t, event.entityType, field), before: from, after: to }];
  });
}
