import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuditEvent } from '@server/contract/audit';
import { apiSend } from '@/lib/api-client';

/** Reverts one change of the history, naming the version the record had after it. */
export function revertChange(event: AuditEvent): Promise<unknown> {
  return apiSend(
    'POST',
    `/api/audit-events/${event.id}/revert`,
    { version: event.after?.version },
    null,
  );
}

/**
 * A revert can change a record of any kind — a chain's status, a firm in several chains, a
 * project — so every screen's data is reloaded after it (the session stays).
 */
export function useRevertChange(event: AuditEvent) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revertChange(event),
    onSettled: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] !== 'session' }),
  });
}
