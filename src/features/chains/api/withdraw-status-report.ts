import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回 a status report (专班动态) written by mistake; the history can revert it. */
export function withdrawStatusReport(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/status-reports/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useWithdrawStatusReport(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawStatusReport(id, version),
    touches: () => touches.chain(chainId),
  });
}
