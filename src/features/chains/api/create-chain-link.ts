import { useState } from 'react';
import type { ChainLinkCreate } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** Adds a link (环节) after the segment's last one. */
export function createChainLink(segmentId: number, body: ChainLinkCreate, key: string) {
  return apiSend('POST', `/api/chain-segments/${segmentId}/links`, body, null, {
    idempotencyKey: key,
  });
}

/** One Idempotency-Key per opened form: a retry after a lost answer adds nothing. */
export function useCreateChainLink(segmentId: number, chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ChainLinkCreate, unknown>({
    send: (body) => createChainLink(segmentId, body, key),
    touches: () => touches.chainAndFirms(chainId),
  });
}
