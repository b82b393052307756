import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** 恢复: brings a withdrawn lead back into every list and count. */
export function restoreLead(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/leads/${id}/restore`, { version }, null);
}

export function useRestoreLead(id: number, chainId: number, signed: boolean) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreLead(id, version),
    touches: () => touches.lead(chainId, signed),
  });
}
