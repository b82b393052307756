import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 恢复: brings a withdrawn meeting back into every list and the overview's figures. */
export function restoreMeeting(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/meetings/${id}/restore`, { version }, null);
}

/** The mutation: every list, count and page showing the meeting reloads once it is settled. */
export function useRestoreMeeting(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreMeeting(id, version),
    touches: touches.meeting,
  });
}
