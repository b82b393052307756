import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@server/contract/auth';
import { createUserBodySchema, type CreateUserBody, type User } from '@server/contract/users';
import { useCreateUser } from '@/features/admin-users/api/create-user';
import { ChainPicker } from '@/features/admin-users/components/chain-picker';
import { DepartmentField } from '@/features/admin-users/components/department-field';
import { FormButtons } from '@/components/form/form-buttons';
import { RoleField } from '@/features/admin-users/components/role-field';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { newIdempotencyKey } from '@/lib/api-client';
import { EmailField } from '@/features/admin-users/components/email-field';

const fields = [
  'username',
  'displayName',
  'email',
  'role',
  'chainIds',
  'departmentId',
  'password',
] as const;

interface CreateUserFormProps {
  /** The roles the signed-in administrator may give; the first is the form's choice. */
  roles: readonly UserRole[];
  onCreated: (user: User) => void;
  onCancel: () => void;
}

export function CreateUserForm({ roles, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation('admin');
  const create = useCreateUser();
  // One key for every try of this form, so a retry after a lost answer makes one user.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<CreateUserBody>({
    resolver: zodResolver(createUserBodySchema),
    defaultValues: {
      username: '',
      displayName: '',
      email: '',
      role: roles[0] ?? 'viewer',
      chainIds: [],
      departmentId: null,
      password: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const chainIds = useController({ control: form.control, name: 'chainIds' });
  const departmentId = useController({ control: form.control, name: 'departmentId' });

  const onSubmit = form.handleSubmit(async (values) => {
    // Only editors have a scope; a role changed away from editor drops the chains ticked before.
    // Likewise only department users have a department.
    const body = {
      ...values,
      chainIds: values.role === 'editor' ? values.chainIds : [],
      departmentId: values.role === 'department' ? (values.departmentId ?? null) : null,
    };
    create.reset();
    try {
      onCreated(await create.mutateAsync({ body, idempotencyKey }));
    } catch (error) {
      if (applyServerFieldErrors(error, fields, form.setError)) create.reset();
    }
  });

  return (
    <form className="user-form" onSubmit={onSubmit} noValidate>
      {create.isError && <FormAlert error={create.error} />}
      <TextField
        label={t('admin.users.form.username')}
        hint={t('admin.users.form.usernameHint')}
        error={errors.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        {...form.register('username')}
      />
      <TextField
        label={t('admin.users.form.displayName')}
        error={errors.displayName}
        autoComplete="off"
        {...form.register('displayName')}
      />
      <EmailField error={errors.email} registration={form.register('email')} />
      <RoleField
        role={role}
        roles={roles}
        error={errors.role}
        registration={form.register('role')}
      />
      {role === 'editor' ? (
        <ChainPicker
          value={chainIds.field.value}
          onChange={chainIds.field.onChange}
          error={errors.chainIds}
        />
      ) : (
        <p className="form-field__hint">{t('admin.users.form.chainsOnlyForEditors')}</p>
      )}
      {role === 'department' && (
        <DepartmentField
          value={departmentId.field.value ?? null}
          onChange={departmentId.field.onChange}
          error={errors.departmentId}
        />
      )}
      <TextField
        label={t('admin.users.form.password')}
        hint={t('admin.users.form.passwordHint')}
        error={errors.password}
        type="password"
        autoComplete="new-password"
        {...form.register('password')}
      />
      <FormButtons
        submit={t('admin.users.form.createSubmit')}
        submitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
