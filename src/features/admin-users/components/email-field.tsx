import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';

/** A user's e-mail address (for the daily digest), the same in the create and the edit form. */
export function EmailField({
  error,
  registration,
}: {
  error: FieldError | undefined;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation('admin');
  return (
    <TextField
      label={t('admin.users.form.email')}
      hint={t('admin.users.form.emailHint')}
      error={error}
      type="email"
      autoComplete="off"
      spellCheck={false}
      {...registration}
    />
  );
}
