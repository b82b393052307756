import { useState } from 'react';
import type { ChainSegmentCreate } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** Adds a segment after the chain's last one (延链). */
export function createChainSegment(chainId: number, body: ChainSegmentCreate, key: string) {
  return apiSend('POST', `/api/chains/${chainId}/segments`, body, null, { idempotencyKey: key });
}

/** One Idempotency-Key per opened form: a retry after a lost answer adds nothing. */
export function useCreateChainSegment(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ChainSegmentCreate, unknown>({
    send: (body) => createChainSegment(chainId, body, key),
    touches: () => touches.chain(chainId),
  });
}
