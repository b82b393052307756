import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type { FiveOneItem } from '@server/contract/domain';
import type { fiveOneBodySchema, fiveOneRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/chains/{id}/five-ones/{item}`: the state of one of the five ones and a note. */
export type FiveOneBody = z.output<typeof fiveOneBodySchema>;
type FiveOneRecord = z.output<typeof fiveOneRecordSchema>;

export function saveFiveOne(chainId: number, item: FiveOneItem, body: FiveOneBody) {
  return apiSend('PUT', `/api/chains/${chainId}/five-ones/${item}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.fiveOneRecordSchema),
  );
}

function withItem(
  chain: ChainDetail,
  item: FiveOneItem,
  fields: { state: FiveOneBody['state']; note: string | null; version?: number },
): ChainDetail {
  return {
    ...chain,
    fiveOnes: { ...chain.fiveOnes, [item]: { ...chain.fiveOnes[item], ...fields } },
  };
}

export function useSaveFiveOne(chainId: number, item: FiveOneItem) {
  return useWriteMutation<FiveOneBody, FiveOneRecord, ChainDetail>({
    send: (body) => saveFiveOne(chainId, item, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, body) => withItem(chain, item, { state: body.state, note: body.note }),
    answered: (chain, record) =>
      withItem(chain, item, { state: record.state, note: record.note, version: record.version }),
    touches: () => touches.chain(chainId),
  });
}
