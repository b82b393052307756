import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type { chiefScientistBodySchema, chiefScientistRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/chains/{id}/chief-scientist`: the chain's chief scientist (首席科学家). */
export type ChiefScientistBody = z.output<typeof chiefScientistBodySchema>;
type ChiefScientistRecord = z.output<typeof chiefScientistRecordSchema>;

export function saveChiefScientist(chainId: number, body: ChiefScientistBody) {
  return apiSend('PUT', `/api/chains/${chainId}/chief-scientist`, body, () =>
    import('@server/contract/writes').then((contract) => contract.chiefScientistRecordSchema),
  );
}

type Fields = Omit<ChiefScientistBody, 'version'> & { version?: number };

/** A chief scientist named for the first time shows once the page reloads. */
function withScientist(chain: ChainDetail, fields: Fields): ChainDetail {
  const previous = chain.fiveOnes.chief_scientist;
  if (!previous.chiefScientist) return chain;
  return {
    ...chain,
    fiveOnes: {
      ...chain.fiveOnes,
      chief_scientist: { ...previous, chiefScientist: { ...previous.chiefScientist, ...fields } },
    },
  };
}

export function useSaveChiefScientist(chainId: number) {
  return useWriteMutation<ChiefScientistBody, ChiefScientistRecord, ChainDetail>({
    send: (body) => saveChiefScientist(chainId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { name, title, affiliation, field, appointedOn }) =>
      withScientist(chain, { name, title, affiliation, field, appointedOn }),
    answered: (chain, { name, title, affiliation, field, appointedOn, version }) =>
      withScientist(chain, { name, title, affiliation, field, appointedOn, version }),
    touches: () => touches.chain(chainId),
  });
}
