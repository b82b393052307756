import { useState } from 'react';
import type { ChainLinkCreate } from '@server/contract/chain-map';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** Adds a link (环节) after the segment's last one. */
export function createChainLink(segmentId: number, body: ChainLinkCreate, key: string) {
  return apiSend('POST', `/api/chain-segments/${segmentId}/links`, body, null, {
    idempotencyKey: key,
  });
}

/** One Idempotency-Key per opened form: a retry after a lost answer adds nothing. */
export function useCreateChainLink(segmentId: number) {
  const [key] = useState(newIdempotencyKey);
  return useEditMutation<ChainLinkCreate>({
    send: (body) => createChainLink(segmentId, body, key),
  });
}
