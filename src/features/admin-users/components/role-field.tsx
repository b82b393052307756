import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@server/contract/auth';
import { FieldErrorMessage } from '@/components/form/field-error-message';

interface RoleFieldProps {
  role: UserRole;
  /** The roles the signed-in administrator keeps the accounts of (三权分立). */
  roles: readonly UserRole[];
  error: FieldError | undefined;
  registration: UseFormRegisterReturn;
}

/** The role as a select of `roles`, with what the chosen role may do said below it. */
export function RoleField({ role, roles, error, registration }: RoleFieldProps) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {t('admin.users.form.role')}
      </label>
      <select
        id={id}
        className="form-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${messageId}` : hintId}
        {...registration}
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {tCommon(`session.roles.${option}`)}
          </option>
        ))}
      </select>
      <p id={hintId} className="form-field__hint">
        {t(`admin.users.form.roleHints.${role}`)}
      </p>
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}
