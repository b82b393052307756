import { useTranslation } from 'react-i18next';
import { meetingBodySchema, meetingRecordSchema } from '@server/contract/meetings';
import type { MeetingDetail } from '@server/contract/meetings';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateMeeting } from '@/features/meetings/api/update-meeting';
import { useMeetingFields } from '@/features/meetings/components/edit/meeting-fields';

export function EditMeetingDialog({
  meeting,
  onClose,
}: {
  meeting: MeetingDetail;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('meetings');
  const form = useMeetingFields(meeting);
  const mutation = useUpdateMeeting(meeting.id);
  if (!form) return null;
  return (
    <EditFormDialog
      title={t('meetings.edit.edit')}
      schema={meetingBodySchema}
      fields={form.fields}
      fieldsFor={form.fieldsFor}
      initialValues={{
        chainId: meeting.chain?.id ?? null,
        heldOn: meeting.heldOn,
        title: meeting.title,
        place: meeting.place,
        host: meeting.host,
        notes: meeting.notes,
        firmIds: meeting.firms.map((firm) => firm.id),
        version: meeting.version,
      }}
      fromRecord={{
        schema: meetingRecordSchema,
        toValues: (record) => ({
          chainId: record.chainId,
          heldOn: record.heldOn,
          title: record.title,
          place: record.place,
          host: record.host,
          notes: record.notes,
          firmIds: record.firmIds,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
