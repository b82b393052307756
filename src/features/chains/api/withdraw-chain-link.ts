import type { ChainLinkWithdraw } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** Removes (withdraws) a link; one with firms says whether they move to another link or go. */
export function withdrawChainLink(id: number, body: ChainLinkWithdraw) {
  return apiSend('POST', `/api/chain-links/${id}/withdraw`, body, null);
}

export function useWithdrawChainLink(id: number, chainId: number) {
  return useWriteMutation<ChainLinkWithdraw, unknown>({
    send: (body) => withdrawChainLink(id, body),
    touches: () => touches.chainAndFirms(chainId),
  });
}
