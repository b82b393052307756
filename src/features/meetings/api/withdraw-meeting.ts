import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回: hides a meeting entered by mistake; its page still opens and offers 恢复. */
export function withdrawMeeting(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/meetings/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the meeting reloads once it is settled. */
export function useWithdrawMeeting(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawMeeting(id, version),
    touches: touches.meeting,
  });
}
