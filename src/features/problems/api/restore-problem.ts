import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 恢复: brings a withdrawn problem back into every list and count. */
export function restoreProblem(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/problems/${id}/restore`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useRestoreProblem(id: number, chainId: number | null) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreProblem(id, version),
    touches: () => touches.problem(chainId),
  });
}
