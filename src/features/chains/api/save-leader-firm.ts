import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type { FirmListItem } from '@server/contract/firms';
import type { leaderFirmBodySchema, leaderFirmRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/chains/{id}/leader-firm`: the chain-leader firm (链主), why, and since when. */
export type LeaderFirmBody = z.output<typeof leaderFirmBodySchema>;
type LeaderFirmRecord = z.output<typeof leaderFirmRecordSchema>;

export function saveLeaderFirm(chainId: number, body: LeaderFirmBody) {
  return apiSend('PUT', `/api/chains/${chainId}/leader-firm`, body, () =>
    import('@server/contract/writes').then((contract) => contract.leaderFirmRecordSchema),
  );
}

type Fields = Pick<LeaderFirmRecord, 'firmId' | 'reason' | 'designatedOn'> & { version?: number };

/**
 * The chain with its leader firm changed, when the page can name the firm: the current one, or
 * one `firmNamed` knows (the picker has shown it). A leader firm named for the first time shows
 * once the page reloads.
 */
function withLeader(
  chain: ChainDetail,
  fields: Fields,
  firmNamed: (id: number) => FirmListItem | undefined,
): ChainDetail {
  const previous = chain.fiveOnes.leader_firm;
  if (!previous.leaderFirm) return chain;
  const firm =
    previous.leaderFirm.firm.id === fields.firmId
      ? previous.leaderFirm.firm
      : firmNamed(fields.firmId);
  if (!firm) return chain;
  return {
    ...chain,
    fiveOnes: {
      ...chain.fiveOnes,
      leader_firm: {
        ...previous,
        leaderFirm: {
          ...previous.leaderFirm,
          ...fields,
          firm: { id: firm.id, name: firm.name, nameEn: firm.nameEn, tags: firm.tags },
        },
      },
    },
  };
}

export function useSaveLeaderFirm(
  chainId: number,
  firmNamed: (id: number) => FirmListItem | undefined,
) {
  return useWriteMutation<LeaderFirmBody, LeaderFirmRecord, ChainDetail>({
    send: (body) => saveLeaderFirm(chainId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { firmId, reason, designatedOn }) =>
      withLeader(chain, { firmId, reason, designatedOn }, firmNamed),
    answered: (chain, { firmId, reason, designatedOn, version }) =>
      withLeader(chain, { firmId, reason, designatedOn, version }, firmNamed),
    touches: () => touches.chainAndFirms(chainId),
  });
}
