import type { SegmentOrderBody } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** The chain's shown segments in their new order, each with the version it was shown with. */
export function orderChainSegments(chainId: number, body: SegmentOrderBody) {
  return apiSend('PUT', `/api/chains/${chainId}/segment-order`, body, null);
}

export function useOrderChainSegments(chainId: number) {
  return useWriteMutation<SegmentOrderBody, unknown>({
    send: (body) => orderChainSegments(chainId, body),
    touches: () => touches.chain(chainId),
  });
}
