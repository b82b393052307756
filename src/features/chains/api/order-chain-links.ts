import type { LinkOrderBody } from '@server/contract/chain-map';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/**
 * The segment's shown links in their new order, each with its version; a link of another
 * segment listed here moves into this one.
 */
export function orderChainLinks(segmentId: number, body: LinkOrderBody) {
  return apiSend('PUT', `/api/chain-segments/${segmentId}/link-order`, body, null);
}

/** The segment is chosen per call: a move up or down, or a move into another segment. */
export function useOrderChainLinks(chainId: number) {
  return useWriteMutation<{ segmentId: number } & LinkOrderBody, unknown>({
    send: ({ segmentId, ...body }) => orderChainLinks(segmentId, body),
    touches: () => touches.chainAndFirms(chainId),
  });
}
