import { useMutation } from '@tanstack/react-query';
import type { BackupRequestBody } from '@server/contract/backup';
import { apiDownload, type DownloadedFile } from '@/lib/api-client';

/**
 * The whole database as a file (the system administrator), encrypted when a passphrase is
 * given. A POST, so the passphrase is in the body, never in an address.
 */
export function downloadBackup(body: BackupRequestBody): Promise<DownloadedFile> {
  return apiDownload('/api/admin/backup', { body });
}

/** Changes nothing the screens show: no cache to update or reload. */
export function useDownloadBackup() {
  return useMutation({ mutationFn: downloadBackup });
}
