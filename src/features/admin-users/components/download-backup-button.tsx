import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { backupPassphraseSchema } from '@server/contract/backup';
import { FormAlert } from '@/components/form/form-alert';
import { ModalDialog } from '@/components/form/modal-dialog';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useDownloadBackup } from '@/features/admin-users/api/download-backup';
import { saveFile } from '@/lib/save-file';

/**
 * An empty passphrase means an unencrypted file; any other must pass the contract's rule and be
 * typed twice alike, as a mistyped one would lock the backup away for good.
 */
const formSchema = z
  .object({ passphrase: z.string(), repeatPassphrase: z.string() })
  .superRefine(({ passphrase, repeatPassphrase }, context) => {
    if (passphrase !== '') {
      for (const issue of backupPassphraseSchema.safeParse(passphrase).error?.issues ?? []) {
        context.addIssue({ code: 'custom', path: ['passphrase'], message: issue.message });
      }
    }
    if (repeatPassphrase !== passphrase) {
      context.addIssue({
        code: 'custom',
        path: ['repeatPassphrase'],
        message: 'does not match the passphrase',
      });
    }
  });
type FormValues = z.infer<typeof formSchema>;

/** The whole database as a file (the system administrator), encrypted if they give a passphrase. */
export function DownloadBackupButton() {
  const { t } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('admin.users.backup.download')}
      </button>
      {open && (
        <ModalDialog title={t('admin.users.backup.title')} onClose={() => setOpen(false)}>
          <DownloadBackupForm onDone={() => setOpen(false)} />
        </ModalDialog>
      )}
    </>
  );
}

function DownloadBackupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('admin');
  // The default namespace, as FormButtons does: loading one would suspend the open dialog.
  const { t: tCommon } = useTranslation();
  const download = useDownloadBackup();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { passphrase: '', repeatPassphrase: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    download.reset();
    try {
      const { blob, fileName } = await download.mutateAsync(
        passphrase === '' ? {} : { passphrase },
      );
      saveFile(blob, fileName);
      onDone();
    } catch (error) {
      if (applyServerFieldErrors(error, ['passphrase'], form.setError)) download.reset();
    }
  });

  return (
    <form className="user-form" onSubmit={onSubmit} noValidate>
      <p className="form-field__hint">{t('admin.users.backup.note')}</p>
      {download.error && <FormAlert error={download.error} />}
      <TextField
        label={t('admin.users.backup.passphrase')}
        hint={t('admin.users.backup.passphraseHint')}
        error={errors.passphrase}
        type="password"
        autoComplete="new-password"
        {...form.register('passphrase')}
      />
      <TextField
        label={t('admin.users.backup.repeatPassphrase')}
        error={errors.repeatPassphrase}
        type="password"
        autoComplete="new-password"
        {...form.register('repeatPassphrase')}
      />
      {/* FormButtons says "saving"; a download is prepared, not saved. */}
      <div className="form-buttons">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('admin.users.backup.busy') : t('admin.users.backup.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {tCommon('common.cancel')}
        </button>
      </div>
    </form>
  );
}
