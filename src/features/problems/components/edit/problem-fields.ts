import { useTranslation } from 'react-i18next';
import * as domain from '@server/contract/domain';
import type { ProblemDetail } from '@server/contract/problems';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { ProblemCreate } from '@/features/problems/api/create-problem';
import { useMeetingOptions } from '@/features/problems/api/get-meeting-options';
import { useFirmSearch } from '@/hooks/use-firm-search';
import { useFormatters } from '@/hooks/use-formatters';
import { useDepartmentOptions } from '@/hooks/use-filter-options';

/** The fields only the workflow's steps change once a problem is collected. */
export const workflowFields = new Set<string>([
  'status',
  'ownerDepartmentId',
  'deadline',
  'resolvedOn',
  'feedback',
]);

type ProblemFields = FieldsOf<ProblemCreate>[];

/**
 * A firm problem's fields, the same to raise one as to change one; null until the departments
 * and meetings are loaded. Its firm is searched on the server among the chain's (the city's, for
 * a problem of no chain). Its 座谈会 is one of the chain's or the city-wide ones held by the day
 * it was raised (the server's rule), so `fieldsFor` follows that day as the form holds it.
 */
export function useProblemFields(
  chainId: number | null,
  problem?: ProblemDetail,
): { fields: ProblemFields; fieldsFor: (values: Partial<ProblemCreate>) => ProblemFields } | null {
  const { t } = useTranslation(['editing', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const firmSearch = useFirmSearch({ chainId });
  const meetings = useMeetingOptions(chainId);
  // A problem of no chain keeps the meeting it has: the list is of a chain's meetings.
  if (!departments.data || (chainId !== null && !meetings.data)) return null;
  const meetingOptions = (meetings.data ?? []).map((meeting) => ({
    value: meeting.id,
    heldOn: meeting.heldOn,
    label: t(
      meeting.chain ? 'editing.fields.meetingOption' : 'editing.fields.meetingOptionCityWide',
      {
        date: format.date(meeting.heldOn),
        title: meeting.title,
      },
    ),
  }));
  const current = problem?.meeting;
  if (current && !meetingOptions.some((option) => option.value === current.id)) {
    meetingOptions.push({
      value: current.id,
      heldOn: current.heldOn,
      label: t('editing.fields.meetingOption', {
        date: format.date(current.heldOn),
        title: current.title,
      }),
    });
  }
  const fieldsFor = (values: Partial<ProblemCreate>): ProblemFields => [
    { name: 'title', label: t('editing.fields.problemTitle'), kind: 'text' },
    { name: 'category', label: t('editing.fields.category'), kind: 'text' },
    {
      name: 'firmId',
      label: t('editing.fields.problemFirmId'),
      kind: 'search-select',
      nullable: true,
      options: problem?.firm ? [{ value: problem.firm.id, label: format.name(problem.firm) }] : [],
      search: firmSearch,
    },
    { name: 'raisedOn', label: t('editing.fields.raisedOn'), kind: 'date' },
    {
      name: 'meetingId',
      label: t('editing.fields.problemMeetingId'),
      kind: 'select',
      nullable: true,
      hint: t('editing.fields.problemMeetingHint'),
      // Held by the day it was raised (all of them while that day is not a date yet).
      options: meetingOptions
        .filter((option) => !values.raisedOn || option.heldOn <= values.raisedOn)
        .map(({ value, label }) => ({ value, label })),
    },
    { name: 'detail', label: t('editing.fields.detail'), kind: 'textarea', nullable: true },
    {
      name: 'status',
      label: t('editing.fields.problemStatus'),
      kind: 'select',
      options: domain.problemStatuses.map((value) => ({
        value,
        label: t(`problemStatus.${value}`, { ns: 'translation' }),
      })),
    },
    {
      name: 'ownerDepartmentId',
      label: t('editing.fields.ownerDepartmentId'),
      kind: 'select',
      nullable: true,
      options: departments.data.items.map((department) => ({
        value: department.id,
        label: format.name(department),
      })),
    },
    { name: 'deadline', label: t('editing.fields.deadline'), kind: 'date', nullable: true },
    { name: 'resolvedOn', label: t('editing.fields.resolvedOn'), kind: 'date', nullable: true },
    { name: 'feedback', label: t('editing.fields.feedback'), kind: 'textarea', nullable: true },
  ];
  return { fields: fieldsFor({}), fieldsFor };
}
