import type { ChainSegmentBody } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** Renames a segment (name, nameEn) or changes its position. */
export function updateChainSegment(id: number, body: ChainSegmentBody) {
  return apiSend('PUT', `/api/chain-segments/${id}`, body, null);
}

export function useUpdateChainSegment(id: number, chainId: number) {
  return useWriteMutation<ChainSegmentBody, unknown>({
    send: (body) => updateChainSegment(id, body),
    touches: () => touches.chain(chainId),
  });
}
