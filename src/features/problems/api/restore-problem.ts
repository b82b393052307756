import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { apiSend } from '@/lib/api-client';

/** 恢复: brings a withdrawn problem back into every list and count. */
export function restoreProblem(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/problems/${id}/restore`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useRestoreProblem(id: number) {
  return useEditMutation<number>({ send: (version) => restoreProblem(id, version) });
}
