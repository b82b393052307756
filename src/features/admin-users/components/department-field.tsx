import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage, type FieldProblem } from '@/components/form/field-error-message';
import { useDepartmentOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

interface DepartmentFieldProps {
  value: number | null;
  onChange: (departmentId: number | null) => void;
  error: FieldProblem;
}

/** The department a department user handles problems for: a select of the city's departments. */
export function DepartmentField({ value, onChange, error }: DepartmentFieldProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {t('admin.users.form.department')}
      </label>
      <select
        id={id}
        className="form-field__input"
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">—</option>
        {departments.data?.items.map((department) => (
          <option key={department.id} value={department.id}>
            {format.name(department)}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}
