import type { TFunction } from 'i18next';
import type { AuditEvent } from '@server/contract/audit';
import { referenceFields, type NameOf } from '@/components/history/use-record-names';
import type { useFormatters } from '@/hooks/use-formatters';

/*
 * An audit event in words: which fields changed, from what to what. Field names and closed
 * vocabularies are translated, dates and amounts formatted for the reader, ids of other records
 * replaced by their names; everything else is shown as the text it is.
 */

type EditingT = TFunction<['editing', 'translation']>;

/** How values are put into words: the reader's formats and the names of referenced records. */
export interface ValueWords {
  t: EditingT;
  format: ReturnType<typeof useFormatters>;
  nameOf: NameOf;
}

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
  if (entityType === 'user' && field === 'role') return 'session.roles';
  const byField: Record<string, string> = {
    state: 'fiveOnes.states',
    meetingCadence: 'meetingCadence',
    reportCadence: 'reportCadence',
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

/** Amounts in the units the city keeps them in, and other figures. */
const numberFormats: Record<string, 'wan' | 'yi' | 'percent' | 'number'> = {
  budgetWan: 'wan',
  disbursedWan: 'wan',
  investmentYi: 'yi',
  progress: 'percent',
};

export function fieldLabel(t: EditingT, entityType: string, field: string): string {
  const key = labelKeys[`${entityType}.${field}`] ?? labelKeys[field] ?? field;
  return t(`editing.fields.${key}`, { defaultValue: field }) as string;
}

/** A referenced record by name; by its number (#12) while the name is loading or it is gone. */
function referenceText(words: ValueWords, field: string, id: unknown): string {
  const kind = referenceFields[field];
  if (!kind || typeof id !== 'number') return String(id);
  return words.nameOf(kind, id) ?? `#${id}`;
}

/** Calendar days are kept in fields named …On (and the deadline), instants in fields named …At. */
function dateText(words: ValueWords, field: string, value: string): string | null {
  if ((field.endsWith('On') || field === 'deadline') && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return words.format.date(value);
  }
  if (field.endsWith('At') && !Number.isNaN(Date.parse(value))) {
    return words.format.dateTime(value);
  }
  return null;
}

function numberText(words: ValueWords, field: string, value: number): string {
  const { format } = words;
  switch (numberFormats[field] ?? 'number') {
    case 'wan':
      return format.wan(value);
    case 'yi':
      return format.yi(value);
    // Progress is kept as a whole percentage (0–100).
    case 'percent':
      return format.percent(value / 100);
    default:
      return format.number(value, 4);
  }
}

export function valueText(
  words: ValueWords,
  entityType: string,
  field: string,
  value: unknown,
): string {
  const { t } = words;
  if (value === null || value === undefined || value === '') return t('editing.empty');
  if (typeof value === 'boolean') return value ? t('editing.yes') : t('editing.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('editing.empty');
    return value
      .map((item) => (field in referenceFields ? referenceText(words, field, item) : String(item)))
      .join('、');
  }
  if (field in referenceFields) return referenceText(words, field, value);
  if (typeof value === 'number') return numberText(words, field, value);
  if (typeof value === 'string') {
    const terms = vocabulary(entityType, field);
    if (terms) return t(`${terms}.${value}`, { ns: 'translation', defaultValue: value }) as string;
    return dateText(words, field, value) ?? value;
  }
  return JSON.stringify(value);
}

/**
 * Which record of its kind an event is about, when the kind has many per chain: the project's
 * name, the policy's title, which of the five ones, the indicator's quarter.
 */
export function subjectOf(t: EditingT, event: AuditEvent): string | null {
  const snapshot = event.after ?? event.before ?? {};
  if (event.entityType === 'five_one' && typeof snapshot.item === 'string') {
    return t(`fiveOnes.items.${snapshot.item}`, {
      ns: 'translation',
      defaultValue: snapshot.item,
    }) as string;
  }
  if (event.entityType === 'indicator_value' && typeof snapshot.period === 'string') {
    return snapshot.period;
  }
  const named = snapshot.name ?? snapshot.title ?? snapshot.username;
  return typeof named === 'string' && named !== '' ? named : null;
}

/** The fields an event changed (an update), or the fields it set or removed (a create, a delete). */
export function describeChange(words: ValueWords, event: AuditEvent): FieldChange[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !bookkeeping.has(field),
  );
  const isEmpty = (value: unknown) =>
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && !value.length);
  return fields.flatMap((field) => {
    // A new record lists what it was given, a removed one what it held: blanks say nothing.
    if (event.action === 'create' && isEmpty(after[field])) return [];
    if (event.action === 'delete' && isEmpty(before[field])) return [];
    const from = valueText(words, event.entityType, field, event.before ? before[field] : null);
    const to = valueText(words, event.entityType, field, event.after ? after[field] : null);
    if (event.action !== 'create' && event.action !== 'delete' && from === to) return [];
    return [
      { field, label: fieldLabel(words.t, event.entityType, field), before: from, after: to },
    ];
  });
}
