import type { z } from 'zod';
import type {
  MeetingDetail,
  meetingBodySchema,
  meetingRecordSchema,
} from '@server/contract/meetings';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/meetings/{id}`: every field of a meeting and its firms, on the version it was shown with. */
export type MeetingBody = z.output<typeof meetingBodySchema>;
type MeetingRecord = z.output<typeof meetingRecordSchema>;

export function updateMeeting(meetingId: number, body: MeetingBody) {
  return apiSend('PUT', `/api/meetings/${meetingId}`, body, () =>
    import('@server/contract/meetings').then((contract) => contract.meetingRecordSchema),
  );
}

type Fields = Pick<MeetingRecord, 'title' | 'heldOn' | 'place' | 'host' | 'notes'>;

/** The meeting's own fields; its chain and firms (by name) come with the reload. */
function withFields(meeting: MeetingDetail, fields: Fields): MeetingDetail {
  return {
    ...meeting,
    title: fields.title,
    heldOn: fields.heldOn,
    place: fields.place,
    host: fields.host,
    notes: fields.notes,
  };
}

export function useUpdateMeeting(meetingId: number) {
  return useWriteMutation<MeetingBody, MeetingRecord, MeetingDetail>({
    send: (body) => updateMeeting(meetingId, body),
    queryKey: queryKeys.meetings.detail(meetingId),
    optimistic: withFields,
    answered: (meeting, record) => ({
      ...withFields(meeting, record),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: touches.meeting,
  });
}
