import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@server/contract/imports';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { can, canEditChain, useSession } from '@/lib/auth';

// The dialog (and its tables) load when first opened: the list pages do not carry it.
const ImportDialog = lazy(() =>
  import('@/components/imports/import-dialog').then((m) => ({ default: m.ImportDialog })),
);

/**
 * 导入 for users who may change records: administrators, editors of `chainId` (a chain's page)
 * or of any chain (the city-wide lists). The server checks every row again.
 */
export function ImportButton({ kind, chainId }: { kind: ImportKind; chainId?: number }) {
  const { t } = useTranslation('editing');
  const user = useSession();
  const mayImport =
    can(user, 'write_all_chains') ||
    (chainId === undefined ? user.role === 'editor' : canEditChain(user, chainId));
  if (!mayImport) return null;
  return (
    <EditLauncher label={t(`editing.import.title.${kind}`)} shortLabel={t('editing.import.open')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ImportDialog kind={kind} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
