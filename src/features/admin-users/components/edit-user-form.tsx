import { zodResolver } from '@hookform/resolvers/zod';
import { Suspense, useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@server/contract/auth';
import { userRoles } from '@server/contract/domain';
import {
  updateUserBodySchema,
  userSchema,
  type UpdateUserBody,
  type User,
} from '@server/contract/users';
import { useUpdateUser } from '@/features/admin-users/api/update-user';
import { ChainPicker } from '@/features/admin-users/components/chain-picker';
import { DepartmentField } from '@/features/admin-users/components/department-field';
import { ConflictPanel } from '@/components/editing/conflict-panel';
import type { FieldSpec } from '@/components/editing/field-spec';
import { FormAlert } from '@/components/form/form-alert';
import { FormButtons } from '@/components/form/form-buttons';
import { RoleField } from '@/features/admin-users/components/role-field';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';
import { ConflictError } from '@/lib/api-client';
import { EmailField } from '@/features/admin-users/components/email-field';

const fields = ['displayName', 'email', 'role', 'chainIds', 'departmentId', 'disabled'] as const;

/** The form's values for `user`, with the version they were read at. */
function formValues(user: User): UpdateUserBody {
  return {
    displayName: user.displayName,
    // The form's text field holds an empty string for none; the server stores it as none.
    email: user.email ?? '',
    role: user.role,
    chainIds: user.chainIds,
    departmentId: user.departmentId,
    disabled: user.disabled,
    version: user.version,
  };
}

interface EditUserFormProps {
  user: User;
  /** The roles the signed-in administrator may give (the user's is one of them). */
  roles: readonly UserRole[];
  onSaved: (user: User) => void;
  onCancel: () => void;
}

interface Conflict {
  theirs: UpdateUserBody;
  mine: UpdateUserBody;
  error: ConflictError;
}

/**
 * Only editors have a scope and only department users a department: a role changed away drops
 * the chains ticked or the department chosen before. No address reads as the form holds it, so
 * a conflict compares it alike on both sides.
 */
function scoped(values: UpdateUserBody): UpdateUserBody {
  return {
    ...values,
    email: values.email ?? '',
    chainIds: values.role === 'editor' ? values.chainIds : [],
    departmentId: values.role === 'department' ? (values.departmentId ?? null) : null,
  };
}

export function EditUserForm({ user, roles, onSaved, onCancel }: EditUserFormProps) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  // Only editors have chains, and only the system administrator keeps editors' accounts.
  const chains = useChainOptions({ enabled: roles.includes('editor') });
  const update = useUpdateUser();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** The user as the next save builds on: as opened, then theirs once a conflict is settled. */
  const [base, setBase] = useState(() => formValues(user));
  // After a 409 settled by keeping theirs: the form shows what is stored now.
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<UpdateUserBody>({
    resolver: zodResolver(updateUserBodySchema),
    defaultValues: formValues(user),
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const chainIds = useController({ control: form.control, name: 'chainIds' });
  const departmentId = useController({ control: form.control, name: 'departmentId' });

  /** The form's fields for the conflict view, which names their values in words. */
  const conflictFields: FieldSpec[] = [
    { name: 'displayName', label: t('admin.users.form.displayName'), kind: 'text' },
    { name: 'email', label: t('admin.users.form.email'), kind: 'text' },
    {
      name: 'role',
      label: t('admin.users.form.role'),
      kind: 'select',
      options: userRoles.map((value) => ({ value, label: tCommon(`session.roles.${value}`) })),
    },
    {
      name: 'chainIds',
      label: t('admin.users.form.chains'),
      kind: 'checkboxes',
      options: (chains.data?.items ?? []).map((chain) => ({
        value: chain.id,
        label: format.name(chain),
      })),
    },
    { name: 'disabled', label: t('admin.users.form.disabled'), kind: 'checkbox' },
  ];

  const save = async (values: UpdateUserBody) => {
    const body = scoped(values);
    update.reset();
    setReloaded(false);
    try {
      onSaved(await update.mutateAsync({ id: user.id, body }));
    } catch (error) {
      // Someone saved first: merge with their change rather than overwrite it (the 409 carries
      // the user as stored now; should it not read as one, the form says the save failed).
      const current = error instanceof ConflictError ? userSchema.safeParse(error.current) : null;
      if (error instanceof ConflictError && current?.success) {
        setConflict({ theirs: formValues(current.data), mine: body, error });
        return;
      }
      if (applyServerFieldErrors(error, fields, form.setError)) update.reset();
    }
  };

  if (conflict) {
    /** Theirs becomes the form's starting point, with their version: nothing of mine is sent. */
    const keepTheirs = () => {
      form.reset(conflict.theirs);
      setBase(conflict.theirs);
      setConflict(null);
      update.reset();
      setReloaded(true);
    };

    return (
      // The editing strings load with the first conflict: only the view waits for them.
      <Suspense fallback={null}>
        <ConflictPanel
          key={String(conflict.theirs.version)}
          fields={conflictFields}
          base={base}
          theirs={conflict.theirs}
          mine={conflict.mine}
          error={conflict.error}
          onKeepTheirs={keepTheirs}
          onSave={async (values) => {
            // Each side passed the rules on its own, so their merge does too, short of a
            // combination the rule "editors need a chain" refuses: then theirs is shown to edit.
            const merged = updateUserBodySchema.safeParse(values);
            if (!merged.success) return keepTheirs();
            // Should this save fail too, the form shows what was sent, on their version.
            form.reset(merged.data);
            setBase(conflict.theirs);
            // The view stays, its buttons disabled, until the save settles (a second click
            // would meet this very save as "theirs"); a new 409 replaces the conflict.
            await save(merged.data);
            setConflict((now) => (now === conflict ? null : now));
          }}
        />
      </Suspense>
    );
  }

  return (
    <form className="user-form" onSubmit={form.handleSubmit(save)} noValidate>
      {reloaded && (
        <p className="form-alert" role="alert">
          {t('admin.users.conflict')}
        </p>
      )}
      {update.error && <FormAlert error={update.error} />}
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
