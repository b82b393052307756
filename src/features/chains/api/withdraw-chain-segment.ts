import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** Removes (withdraws) a segment; the server refuses one that still has links (400, `links`). */
export function withdrawChainSegment(id: number, version: number) {
  return apiSend('POST', `/api/chain-segments/${id}/withdraw`, { version }, null);
}

export function useWithdrawChainSegment(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawChainSegment(id, version),
    touches: () => touches.chain(chainId),
  });
}
