import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '@/lib/api-client';

/**
 * The whole database as a file (administrators). Fetched, then handed to the browser as an
 * object URL rather than by a plain link, so it also works in the server-free demo, where the
 * API answers from inside the page.
 */
export function DownloadBackupButton() {
  const { t } = useTranslation('admin');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function download() {
    setState('busy');
    try {
      const { blob, fileName } = await apiDownload('/api/admin/backup');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName ?? 'chainboard.backup';
      link.click();
      // On the next turn: by then the click has handed the file to the browser.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={state === 'busy'}
      >
        {state === 'busy' ? t('admin.users.backup.busy') : t('admin.users.backup.download')}
      </button>
      {state === 'failed' && <p role="alert">{t('admin.users.backup.failed')}</p>}
    </>
  );
}
