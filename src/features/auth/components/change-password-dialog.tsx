import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { FormButtons } from '@/components/form/form-buttons';
import { ModalDialog } from '@/components/form/modal-dialog';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useChangePassword } from '@/features/auth/api/change-password';
import { usePasswordRules } from '@/features/auth/api/get-password-rules';
import { PasswordRulesList } from '@/features/auth/components/password-rules';
import { passwordFormSchema, type PasswordFormValues } from '@/features/auth/password-form-schema';
import { useSession } from '@/lib/auth';

interface ChangePasswordDialogProps {
  onClose: (outcome?: 'changed') => void;
}

/** The signed-in user's own password: the current one, then the new one twice. */
export function ChangePasswordDialog({ onClose }: ChangePasswordDialogProps) {
  const { t } = useTranslation('auth');
  const user = useSession();
  const rules = usePasswordRules();
  const change = useChangePassword();
  const form = useForm<PasswordFormValues>({
    resolver: zodResolver(passwordFormSchema(rules)),
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    change.reset();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      onClose('changed');
    } catch (error) {
      const placed = applyServerFieldErrors(
        error,
        ['currentPassword', 'newPassword'],
        form.setError,
      );
      if (placed) change.reset();
    }
  });

  return (
    <ModalDialog title={t('auth.changePassword.title')} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <p className="form-field__hint">{t('auth.changePassword.note')}</p>
        {change.error && <FormAlert error={change.error} />}
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" hidden readOnly autoComplete="username" value={user.username} />
        <TextField
          label={t('auth.changePassword.current')}
          error={errors.currentPassword}
          type="password"
          autoComplete="current-password"
          {...form.register('currentPassword')}
        />
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
        <FormButtons
          submit={t('auth.changePassword.submit')}
          submitting={isSubmitting}
          onCancel={() => onClose()}
        />
      </form>
    </ModalDialog>
  );
}
