import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** 撤回: hides a lead entered by mistake; its page still opens and offers 恢复. */
export function withdrawLead(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/leads/${id}/withdraw`, { version }, null);
}

/** A signed lead's project counts go with it, so the project views reload too. */
export function useWithdrawLead(id: number, chainId: number, signed: boolean) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawLead(id, version),
    touches: () => touches.lead(chainId, signed),
  });
}
