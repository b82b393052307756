import { useTranslation } from 'react-i18next';
import type { FieldOption } from '@/components/editing/field-spec';
import { useFormatters } from '@/hooks/use-formatters';
import { useDepartmentOptions } from '@/hooks/use-filter-options';

/** What the chain page's edit dialogs share: words, choices of a vocabulary, departments. */
export function useEditOptions() {
  const { t } = useTranslation(['editing', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const items = departments.data?.items ?? [];
  return {
    t,
    format,
    enumOptions: <Value extends string>(
      values: readonly Value[],
      label: (value: Value) => string,
    ): FieldOption[] => values.map((value) => ({ value, label: label(value) })),
    departmentOptions: items.map((department) => ({
      value: department.id,
      label: format.name(department),
    })),
    /** A department as the chain page names it, for a change shown before it is saved. */
    departmentNamed: (id: number | null) =>
      items.find((department) => department.id === id) ?? null,
  };
}
