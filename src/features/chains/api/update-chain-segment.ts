import type { ChainSegmentBody } from '@server/contract/chain-map';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { apiSend } from '@/lib/api-client';

/** Renames a segment (name, nameEn) or changes its position. */
export function updateChainSegment(id: number, body: ChainSegmentBody) {
  return apiSend('PUT', `/api/chain-segments/${id}`, body, null);
}

export function useUpdateChainSegment(id: number) {
  return useEditMutation<ChainSegmentBody>({ send: (body) => updateChainSegment(id, body) });
}
