import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { meetingCreateSchema } from '@server/contract/meetings';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateMeeting } from '@/features/meetings/api/create-meeting';
import { useMeetingFields } from '@/features/meetings/components/edit/meeting-fields';

/** 新增座谈会, of `chainId` to begin with (the list's chain, or the user's first). */
export function AddMeetingDialog({
  chainId,
  onClose,
}: {
  chainId: number | null;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('meetings');
  const form = useMeetingFields();
  const mutation = useCreateMeeting();
  if (!form) return null;
  return (
    <EditFormDialog
      title={t('meetings.edit.add')}
      schema={meetingCreateSchema}
      fields={form.fields}
      fieldsFor={form.fieldsFor}
      initialValues={{
        chainId,
        // Held today, on the city's calendar, unless the user says otherwise.
        heldOn: cityDay(new Date()),
        title: '',
        place: null,
        host: null,
        notes: null,
        firmIds: [],
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
