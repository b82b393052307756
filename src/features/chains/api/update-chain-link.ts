import type { z } from 'zod';
import type { ChainDetail, ChainLink } from '@server/contract/chains';
import type { chainLinkBodySchema, chainLinkRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/chain-links/{id}`: a chain-map link's strength, note and (all of) its firms. */
export type ChainLinkBody = z.output<typeof chainLinkBodySchema>;
type ChainLinkRecord = z.output<typeof chainLinkRecordSchema>;

export function updateChainLink(linkId: number, body: ChainLinkBody) {
  return apiSend('PUT', `/api/chain-links/${linkId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.chainLinkRecordSchema),
  );
}

function withLink(
  chain: ChainDetail,
  linkId: number,
  fields: Pick<ChainLink, 'strength' | 'note'> & { version?: number },
): ChainDetail {
  return {
    ...chain,
    chainMap: chain.chainMap.map((segment) => ({
      ...segment,
      links: segment.links.map((link) => (link.id === linkId ? { ...link, ...fields } : link)),
    })),
  };
}

/** The strength and note show at once; the firms (named, ordered) once the page reloads. */
export function useUpdateChainLink(chainId: number, linkId: number) {
  return useWriteMutation<ChainLinkBody, ChainLinkRecord, ChainDetail>({
    send: (body) => updateChainLink(linkId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { strength, note }) => withLink(chain, linkId, { strength, note }),
    answered: (chain, { strength, note, version }) =>
      withLink(chain, linkId, { strength, note, version }),
    touches: () => touches.chainAndFirms(chainId),
  });
}
