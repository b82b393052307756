import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type { chainStatusBodySchema, chainStatusRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/chains/{id}/status`: the chain's red/amber/green and why. */
export type ChainStatusBody = z.output<typeof chainStatusBodySchema>;

export function updateChainStatus(chainId: number, body: ChainStatusBody) {
  return apiSend('PUT', `/api/chains/${chainId}/status`, body, () =>
    import('@server/contract/writes').then((contract) => contract.chainStatusRecordSchema),
  );
}

export function useUpdateChainStatus(chainId: number) {
  return useWriteMutation<ChainStatusBody, z.output<typeof chainStatusRecordSchema>, ChainDetail>({
    send: (body) => updateChainStatus(chainId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, body) => ({ ...chain, status: body.status, statusNote: body.statusNote }),
    answered: (chain, record) => ({
      ...chain,
      status: record.status,
      statusNote: record.statusNote,
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: () => touches.chain(chainId),
  });
}
