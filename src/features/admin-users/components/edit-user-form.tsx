import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { updateUserBodySchema, type UpdateUserBody, type User } from '@server/contract/users';
import { useReloadUser } from '@/features/admin-users/api/get-users';
import { useUpdateUser } from '@/features/admin-users/api/save-user';
import { ChainPicker } from '@/features/admin-users/components/chain-picker';
import { FormButtons } from '@/components/form/form-buttons';
import { SaveProblem } from '@/features/admin-users/components/save-problem';
import { RoleField } from '@/features/admin-users/components/role-field';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { ConflictError } from '@/lib/api-client';

const fields = ['displayName', 'role', 'chainIds', 'disabled'] as const;

/** The form's values for `user`, with the version they were read at. */
function formValues(user: User): UpdateUserBody {
  return {
    displayName: user.displayName,
    role: user.role,
    chainIds: user.chainIds,
    disabled: user.disabled,
    version: user.version,
  };
}

interface EditUserFormProps {
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

export function EditUserForm({ user, onSaved, onCancel }: EditUserFormProps) {
  const { t } = useTranslation('admin');
  const update = useUpdateUser();
  const reloadUser = useReloadUser();
  // After a 409: whether the form now shows what is stored, or could not fetch it.
  const [conflict, setConflict] = useState<'reloaded' | 'reloadFailed' | null>(null);
  const form = useForm<UpdateUserBody>({
    resolver: zodResolver(updateUserBodySchema),
    defaultValues: formValues(user),
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const chainIds = useController({ control: form.control, name: 'chainIds' });

  const onSubmit = form.handleSubmit(async (values) => {
    // Only editors have a scope; a role changed away from editor drops the chains ticked before.
    const body = { ...values, chainIds: values.role === 'editor' ? values.chainIds : [] };
    update.reset();
    setConflict(null);
    try {
      onSaved(await update.mutateAsync({ id: user.id, body }));
    } catch (error) {
      if (error instanceof ConflictError) {
        // Someone saved first: show what is stored now (and its version), so the next save
        // is made knowingly on top of their change instead of overwriting it.
        const current = await reloadUser(user.id).catch(() => undefined);
        if (current) form.reset(formValues(current));
        setConflict(current ? 'reloaded' : 'reloadFailed');
        return;
      }
      if (applyServerFieldErrors(error, fields, form.setError)) update.reset();
    }
  });

  return (
    <form className="user-form" onSubmit={onSubmit} noValidate>
      <SaveProblem error={update.error} conflict={conflict} />
      <TextField
        label={t('admin.users.form.displayName')}
        error={errors.displayName}
        autoComplete="off"
        {...form.register('displayName')}
      />
      <RoleField role={role} error={errors.role} registration={form.register('role')} />
      {role === 'editor' ? (
        <ChainPicker
          value={chainIds.field.value}
          onChange={chainIds.field.onChange}
          error={errors.chainIds}
        />
      ) : (
        <p className="form-field__hint">{t('admin.users.form.chainsOnlyForEditors')}</p>
      )}
      <div className="form-field form-field--checkbox">
        <label className="checkbox-label">
          <input type="checkbox" {...form.register('disabled')} />
          {t('admin.users.form.disabled')}
        </label>
      </div>
      <FormButtons
        submit={t('admin.users.form.save')}
        submitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
