import type { z } from 'zod';
import type {
  indicatorPeriodLockRecordSchema,
  relockPeriodBodySchema,
} from '@server/contract/indicator-periods';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/indicator-periods/{period}/relock`: ends a reopening before its day. */
export type RelockPeriodBody = z.output<typeof relockPeriodBodySchema>;
type PeriodLockRecord = z.output<typeof indicatorPeriodLockRecordSchema>;

export function relockIndicatorPeriod(period: string, body: RelockPeriodBody) {
  return apiSend('POST', `/api/indicator-periods/${period}/relock`, body, () =>
    import('@server/contract/indicator-periods').then(
      (contract) => contract.indicatorPeriodLockRecordSchema,
    ),
  );
}

export function useRelockIndicatorPeriod(period: string) {
  return useWriteMutation<RelockPeriodBody, PeriodLockRecord>({
    send: (body) => relockIndicatorPeriod(period, body),
    touches: () => [queryKeys.indicatorPeriods(), queryKeys.audit.all()],
  });
}
