import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回 a policy entered by mistake (废止 is for one that ended); the history can revert it. */
export function withdrawPolicy(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/policies/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useWithdrawPolicy(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawPolicy(id, version),
    touches: () => touches.chain(chainId),
  });
}
