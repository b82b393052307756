import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回: hides a problem entered by mistake; its page still opens and offers 恢复. */
export function withdrawProblem(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/problems/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useWithdrawProblem(id: number, chainId: number | null) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawProblem(id, version),
    touches: () => touches.problem(chainId),
  });
}
