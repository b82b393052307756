import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/contract/users';
import { ModalDialog } from '@/components/form/modal-dialog';
import { useReloadUser } from '@/features/admin-users/api/get-users';
import { useResetSecondFactor } from '@/features/admin-users/api/reset-second-factor';
import { SaveProblem } from '@/features/admin-users/components/save-problem';
import { useCan } from '@/lib/auth';
import { ConflictError } from '@/lib/api-client';

/**
 * 重置双因素, for the security administrator, on a user who has a second factor: asks to confirm,
 * then removes it and signs the user out everywhere.
 */
export function ResetSecondFactorButton({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const mayReset = useCan('manage_credentials');
  const [open, setOpen] = useState(false);
  // The dialog stays open to say it is done, when the row no longer offers the action.
  if (!mayReset || (!user.secondFactor && !open)) return null;
  return (
    <>
      {user.secondFactor && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('admin.secondFactorReset.actionOf', { name: user.username })}
          onClick={() => setOpen(true)}
        >
          {t('admin.secondFactorReset.action')}
        </button>
      )}
      {open && <ResetDialog user={user} onClose={() => setOpen(false)} />}
    </>
  );
}

function ResetDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const reset = useResetSecondFactor();
  const reloadUser = useReloadUser();
  const [version, setVersion] = useState(user.version);
  const [conflict, setConflict] = useState<'reloaded' | 'reloadFailed' | null>(null);
  const [done, setDone] = useState<User | null>(null);

  const confirm = async () => {
    setConflict(null);
    try {
      setDone(await reset.mutateAsync({ id: user.id, body: { version } }));
    } catch (error) {
      if (error instanceof ConflictError) {
        // The account changed meanwhile: confirm again on its current version.
        const current = await reloadUser(user.id).catch(() => undefined);
        if (current) setVersion(current.version);
        setConflict(current ? 'reloaded' : 'reloadFailed');
      }
    }
  };

  return (
    <ModalDialog
      title={t('admin.secondFactorReset.title', { name: user.username })}
      onClose={onClose}
    >
      {done ? (
        <p role="status">{t('admin.secondFactorReset.done', { name: done.displayName })}</p>
      ) : (
        <>
          <p className="form-field__hint">{t('admin.secondFactorReset.note')}</p>
          <SaveProblem error={reset.error} conflict={conflict} />
        </>
      )}
      <div className="form-buttons">
        {!done && (
          <button
            type="button"
            className="button"
            disabled={reset.isPending}
            onClick={() => void confirm()}
          >
            {t('admin.secondFactorReset.submit')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('admin.secondFactorReset.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
