import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { resetPasswordBodySchema, type ResetPasswordBody, type User } from '@server/contract/users';
import { useReloadUser } from '@/features/admin-users/api/get-users';
import { useResetPassword } from '@/features/admin-users/api/reset-password';
import { FormButtons } from '@/components/form/form-buttons';
import { SaveProblem } from '@/features/admin-users/components/save-problem';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { ConflictError } from '@/lib/api-client';

interface ResetPasswordFormProps {
  user: User;
  onReset: (user: User) => void;
  onCancel: () => void;
}

export function ResetPasswordForm({ user, onReset, onCancel }: ResetPasswordFormProps) {
  const { t } = useTranslation('admin');
  const reset = useResetPassword();
  const reloadUser = useReloadUser();
  // After a 409: whether the form now shows what is stored, or could not fetch it.
  const [conflict, setConflict] = useState<'reloaded' | 'reloadFailed' | null>(null);
  const form = useForm<ResetPasswordBody>({
    resolver: zodResolver(resetPasswordBodySchema),
    defaultValues: { password: '', version: user.version },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (body) => {
    reset.reset();
    setConflict(null);
    try {
      onReset(await reset.mutateAsync({ id: user.id, body }));
    } catch (error) {
      if (error instanceof ConflictError) {
        // The account changed meanwhile (disabled, say): confirm again on the current version.
        const current = await reloadUser(user.id).catch(() => undefined);
        if (current) form.setValue('version', current.version);
        setConflict(current ? 'reloaded' : 'reloadFailed');
        return;
      }
      if (applyServerFieldErrors(error, ['password'], form.setError)) reset.reset();
    }
  });

  return (
    <form className="user-form" onSubmit={onSubmit} noValidate>
      <p className="form-field__hint">{t('admin.users.form.passwordResetNote')}</p>
      <SaveProblem error={reset.error} conflict={conflict} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" hidden readOnly autoComplete="username" value={user.username} />
      <TextField
        label={t('admin.users.form.newPassword')}
        hint={t('admin.users.form.passwordHint')}
        error={errors.password}
        type="password"
        autoComplete="new-password"
        {...form.register('password')}
      />
      <FormButtons
        submit={t('admin.users.form.passwordSubmit')}
        submitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
