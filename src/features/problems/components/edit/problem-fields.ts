import { useTranslation } from 'react-i18next';
import * as domain from '@server/contract/domain';
import type { ProblemDetail } from '@server/contract/problems';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { ProblemCreate } from '@/features/problems/api/create-problem';
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

/**
 * A firm problem's fields, the same to raise one as to change one; null until the departments
 * are loaded. Its firm is searched on the server among the chain's (the city's, for a problem of
 * no chain).
 */
export function useProblemFields(
  chainId: number | null,
  problem?: ProblemDetail,
): FieldsOf<ProblemCreate>[] | null {
  const { t } = useTranslation(['editing', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const firmSearch = useFirmSearch({ chainId });
  if (!departments.data) return null;
  return [
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
}
