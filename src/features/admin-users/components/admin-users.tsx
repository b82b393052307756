import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/contract/users';
import { QueryResult } from '@/components/feedback/query-result';
import { useUsers } from '@/features/admin-users/api/get-users';
import { CreateUserForm } from '@/features/admin-users/components/create-user-form';
import { DownloadBackupButton } from '@/features/admin-users/components/download-backup-button';
import { EditUserForm } from '@/features/admin-users/components/edit-user-form';
import { LoginThrottlesSection } from '@/features/admin-users/components/login-throttles';
import { ModalDialog } from '@/components/form/modal-dialog';
import { ResetPasswordForm } from '@/features/admin-users/components/reset-password-form';
import { UsersTable } from '@/features/admin-users/components/users-table';
import { useCanManageCredentials, useIsAdmin } from '@/lib/auth';
import '@/features/admin-users/admin-users.css';

type OpenDialog =
  { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

export function AdminUsers() {
  const isAdmin = useIsAdmin();
  // The security administrator resets credentials here (三权分立).
  const keepsCredentials = useCanManageCredentials();
  return isAdmin || keepsCredentials ? <UsersScreen /> : <NoPermission />;
}

/** The server answers 403 anyway; this says so before anyone tries. */
function NoPermission() {
  const { t } = useTranslation('admin');
  return (
    <section className="not-found" aria-labelledby="no-permission-title">
      <h1 id="no-permission-title">{t('admin.users.noPermission.title')}</h1>
      <p>{t('admin.users.noPermission.text')}</p>
    </section>
  );
}

function UsersScreen() {
  const { t } = useTranslation('admin');
  const users = useUsers();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [done, setDone] = useState('');
  const close = () => setDialog(null);
  const open = useCallback((next: NonNullable<OpenDialog>) => {
    setDone('');
    setDialog(next);
  }, []);
  // Stable, so the table's cells (and their buttons) are not mounted afresh on every render.
  const edit = useCallback((user: User) => open({ kind: 'edit', user }), [open]);
  const resetPassword = useCallback((user: User) => open({ kind: 'password', user }), [open]);

  return (
    <div className="page">
      <h1 className="page__title">{t('admin.users.title')}</h1>
      <p className="page__summary">{t('admin.users.summary')}</p>
      <div className="users-toolbar">
        <button type="button" className="button" onClick={() => open({ kind: 'create' })}>
          {t('admin.users.create')}
        </button>
        <DownloadBackupButton />
        {/* Always present, so screen readers announce each new confirmation. */}
        <p className="users-toolbar__done" role="status">
          {done}
        </p>
      </div>
      <QueryResult query={users}>
        {(data) => <UsersTable users={data.items} onEdit={edit} onResetPassword={resetPassword} />}
      </QueryResult>
      <LoginThrottlesSection />

      {dialog?.kind === 'create' && (
        <ModalDialog title={t('admin.users.form.createTitle')} onClose={close}>
          <CreateUserForm
            onCancel={close}
            onCreated={(user) => {
              close();
              setDone(t('admin.users.created', { name: user.displayName }));
            }}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'edit' && (
        <ModalDialog
          title={t('admin.users.form.editTitle', { name: dialog.user.username })}
          onClose={close}
        >
          <EditUserForm
            user={dialog.user}
            onCancel={close}
            onSaved={(user) => {
              close();
              setDone(t('admin.users.saved', { name: user.displayName }));
            }}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'password' && (
        <ModalDialog
          title={t('admin.users.form.passwordTitle', { name: dialog.user.username })}
          onClose={close}
        >
          <ResetPasswordForm
            user={dialog.user}
            onCancel={close}
            onReset={(user) => {
              close();
              setDone(t('admin.users.passwordReset', { name: user.displayName }));
            }}
          />
        </ModalDialog>
      )}
    </div>
  );
}
