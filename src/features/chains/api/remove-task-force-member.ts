import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `DELETE /api/task-force-members/{id}?version=`: the version the member was shown with. */
export interface RemoveTaskForceMember {
  memberId: number;
  version: number;
}

export function removeTaskForceMember({ memberId, version }: RemoveTaskForceMember) {
  return apiSend(
    'DELETE',
    `/api/task-force-members/${memberId}?version=${version}`,
    undefined,
    null,
  );
}

export function useRemoveTaskForceMember(chainId: number) {
  return useWriteMutation<RemoveTaskForceMember, unknown>({
    send: removeTaskForceMember,
    touches: () => touches.chain(chainId),
  });
}
