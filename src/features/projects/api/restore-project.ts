import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 恢复: brings a withdrawn project back into every list and count. */
export function restoreProject(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/projects/${id}/restore`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useRestoreProject(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreProject(id, version),
    touches: () => touches.project(chainId),
  });
}
