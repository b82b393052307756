import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** 撤回 a quarter’s figure entered by mistake; entering the quarter again brings it back. */
export function withdrawIndicatorValue(id: number, version: number): Promise<unknown> {
  return apiSend('POST', `/api/indicator-values/${id}/withdraw`, { version }, null);
}

/** The mutation: every list, count and page showing the record reloads once it is settled. */
export function useWithdrawIndicatorValue(id: number, chainId: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawIndicatorValue(id, version),
    touches: () => touches.chain(chainId),
  });
}
