import { useState } from 'react';
import type { z } from 'zod';
import type { meetingCreateSchema, meetingRecordSchema } from '@server/contract/meetings';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/meetings`: a 座谈会 of a chain, or city-wide (administrators). */
export type MeetingCreate = z.output<typeof meetingCreateSchema>;

export function createMeeting(body: MeetingCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/meetings',
    body,
    () => import('@server/contract/meetings').then((contract) => contract.meetingRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateMeeting() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<MeetingCreate, z.output<typeof meetingRecordSchema>>({
    send: (body) => createMeeting(body, key),
    touches: touches.meeting,
  });
}
