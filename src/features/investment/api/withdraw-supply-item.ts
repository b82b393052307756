import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** POST /api/supply-items/{id}/withdraw: entered by mistake, kept on record (撤回). */
export function withdrawSupplyItem(id: number, version: number) {
  return apiSend('POST', `/api/supply-items/${id}/withdraw`, { version }, () =>
    import('@server/contract/investment-writes').then(
      (contract) => contract.supplyItemRecordSchema,
    ),
  );
}

export function useWithdrawSupplyItem(chainId: number, id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawSupplyItem(id, version),
    touches: () => touches.chain(chainId),
  });
}
