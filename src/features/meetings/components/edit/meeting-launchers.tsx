import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '@server/contract/meetings';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { can, canEditChain, useCanEditRecordOf, useSession } from '@/lib/auth';

/*
 * The buttons that add or change a meeting. Shown only to users who may change its chain (a
 * city-wide one: administrators); the server checks again. Each dialog loads when first opened.
 */

const AddMeetingDialog = lazy(() =>
  import('@/features/meetings/components/edit/add-meeting-dialog').then((m) => ({
    default: m.AddMeetingDialog,
  })),
);
const EditMeetingDialog = lazy(() =>
  import('@/features/meetings/components/edit/edit-meeting-dialog').then((m) => ({
    default: m.EditMeetingDialog,
  })),
);

/** 新增座谈会: of the list's chain when the user may change it, else of their first chain. */
export function AddMeeting({ chainId }: { chainId: number | undefined }) {
  const { t } = useTranslation('meetings');
  const user = useSession();
  const admin = can(user, 'write_all_chains');
  const ownChains = user.chainIds.filter((id) => canEditChain(user, id));
  if (!admin && ownChains.length === 0) return null;
  const startChain =
    chainId !== undefined && canEditChain(user, chainId)
      ? chainId
      : admin
        ? null
        : (ownChains[0] ?? null);
  return (
    <EditLauncher label={t('meetings.edit.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AddMeetingDialog chainId={startChain} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditMeeting({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  if (!useCanEditRecordOf(meeting.chain?.id ?? null)) return null;
  return (
    <EditLauncher label={t('meetings.edit.edit')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <EditMeetingDialog meeting={meeting} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
