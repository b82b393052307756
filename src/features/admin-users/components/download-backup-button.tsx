import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/** The whole database as a file (administrators). */
export function DownloadBackupButton() {
  const { t } = useTranslation('admin');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function download() {
    setState('busy');
    try {
      const { blob, fileName } = await apiDownload('/api/admin/backup');
      saveFile(blob, fileName);
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void download()}
        disabled={state === 'busy'}
      >
        {state === 'busy' ? t('admin.users.backup.busy') : t('admin.users.backup.download')}
      </button>
      {state === 'failed' && <p role="alert">{t('admin.users.backup.failed')}</p>}
    </>
  );
}
