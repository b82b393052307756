import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Session } from '@server/contract/auth';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useChangePassword } from '@/features/auth/api/change-password';
import { usePasswordRules } from '@/features/auth/api/get-password-rules';
import { PasswordRulesList } from '@/features/auth/components/password-rules';
import { passwordFormSchema, type PasswordFormValues } from '@/features/auth/password-form-schema';
import { ApiError } from '@/lib/api-client';

interface NewPasswordStepProps {
  username: string;
  /** The password just typed at the first step, if this page still has it (not after a reload). */
  currentPassword: string | null;
  onChanged: (session: Session) => void;
}

/** The step `change_password`: a new or reset account, or a password past its age. */
export function NewPasswordStep({ username, currentPassword, onChanged }: NewPasswordStepProps) {
  const { t } = useTranslation('auth');
  const rules = usePasswordRules();
  const change = useChangePassword();
  // Asked for only when the first step's password is not at hand (or the server doubts it).
  const [askCurrent, setAskCurrent] = useState(currentPassword === null);
  const form = useForm<PasswordFormValues>({
    resolver: zodResolver(passwordFormSchema(rules)),
    defaultValues: { currentPassword: currentPassword ?? '', newPassword: '', repeatPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword: current, newPassword }) => {
    change.reset();
    try {
      onChanged(await change.mutateAsync({ currentPassword: current, newPassword }));
    } catch (error) {
      if (error instanceof ApiError && error.body.error.fields?.currentPassword)
        setAskCurrent(true);
      const fields = ['currentPassword', 'newPassword'] as const;
      if (applyServerFieldErrors(error, fields, form.setError)) change.reset();
    }
  });

  return (
    <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      <p>{t('auth.newPasswordStep.intro')}</p>
      {change.error && <FormAlert error={change.error} />}
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" hidden readOnly autoComplete="username" value={username} />
      {askCurrent && (
        <TextField
          label={t('auth.changePassword.current')}
          error={errors.currentPassword}
          type="password"
          autoComplete="current-password"
          {...form.register('currentPassword')}
        />
      )}
      <PasswordRulesList rules={rules} />
      <TextField
        label={t('auth.changePassword.new')}
        error={errors.newPassword}
        type="password"
        autoComplete="new-password"
        {...form.register('newPassword')}
      />
      <TextField
        label={t('auth.changePassword.repeat')}
        error={errors.repeatPassword}
        type="password"
        autoComplete="new-password"
        {...form.register('repeatPassword')}
      />
      <button type="submit" className="button sign-in__submit" disabled={isSubmitting}>
        {isSubmitting ? t('auth.newPasswordStep.submitting') : t('auth.newPasswordStep.submit')}
      </button>
    </form>
  );
}
