import type { z } from 'zod';
import type {
  indicatorPeriodLockRecordSchema,
  reopenPeriodBodySchema,
} from '@server/contract/indicator-periods';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/indicator-periods/{period}/reopen`: figures may be entered until a day again. */
export type ReopenPeriodBody = z.output<typeof reopenPeriodBodySchema>;
type PeriodLockRecord = z.output<typeof indicatorPeriodLockRecordSchema>;

export function reopenIndicatorPeriod(period: string, body: ReopenPeriodBody) {
  return apiSend('POST', `/api/indicator-periods/${period}/reopen`, body, () =>
    import('@server/contract/indicator-periods').then(
      (contract) => contract.indicatorPeriodLockRecordSchema,
    ),
  );
}

export function useReopenIndicatorPeriod(period: string) {
  return useWriteMutation<ReopenPeriodBody, PeriodLockRecord>({
    send: (body) => reopenIndicatorPeriod(period, body),
    // The quarters' states, and the chains' history that lists the reopening.
    touches: () => [queryKeys.indicatorPeriods(), queryKeys.audit.all()],
  });
}
