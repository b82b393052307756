import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回: hides a project entered by mistake; its page still opens and offers 恢复. */
export function withdrawProject(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/projects/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useWithdrawProject(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawProject(id, version),
    touches: () => touches.project(chainId),
  });
}
