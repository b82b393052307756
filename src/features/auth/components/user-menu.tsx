import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/auth';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { useSignOut } from '@/features/auth/api/sign-out';
import { dataLang } from '@/components/vocabulary/data-lang';

// With zod and the form library: loaded when first opened, not with every page.
const ChangePasswordDialog = lazy(() =>
  import('@/features/auth/components/change-password-dialog').then((module) => ({
    default: module.ChangePasswordDialog,
  })),
);

/** Who is signed in, with which role, and the way out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const user = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);

  const handleSignOut = () => {
    signOut.mutate(undefined, {
      onSuccess: async () => {
        // Leave the screens first, so none of them asks for its data again, then forget it all:
        // the next user of this browser must not see this one's data.
        await navigate({ to: '/sign-in' });
        queryClient.clear();
      },
    });
  };

  return (
    <div className="user-menu" role="group" aria-label={t('session.label')}>
      <span className="user-menu__who">
        <span className="user-menu__name" lang={dataLang(user.displayName, i18n.language)}>
          {user.displayName}
        </span>
        <span className="user-menu__role">
          {t('session.role', { role: t(`session.roles.${user.role}`) })}
        </span>
      </span>
      <Link to="/account" className="button button--quiet user-menu__action">
        {t('session.account')}
      </Link>
      <button
        type="button"
        className="button button--quiet user-menu__action"
        onClick={() => {
          setPasswordChanged(false);
          setChangingPassword(true);
        }}
      >
        {t('session.changePassword')}
      </button>
      {passwordChanged && (
        <span role="status" className="user-menu__notice">
          {t('session.passwordChanged')}
        </span>
      )}
      {changingPassword && (
        <Suspense fallback={<DialogLoading />}>
          <ChangePasswordDialog
            onClose={(outcome) => {
              setChangingPassword(false);
              setPasswordChanged(outcome === 'changed');
            }}
          />
        </Suspense>
      )}
      <button
        type="button"
        className="button button--quiet user-menu__action"
        onClick={handleSignOut}
        disabled={signOut.isPending}
      >
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </button>
      {signOut.isError && (
        <p className="user-menu__error" role="alert">
          {t('session.signOutFailed')}
        </p>
      )}
    </div>
  );
}
