import type { z } from 'zod';
import type { ChainIndicators } from '@server/contract/indicators';
import type { indicatorValueBodySchema, indicatorValueRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/**
 * `PUT /api/indicators/{id}/values/{period}`: one quarter's figure, target and thresholds. The
 * version is the quarter's when it is on record (a change), null for a new quarter.
 */
export type IndicatorValueBody = z.output<typeof indicatorValueBodySchema>;
type IndicatorValueRecord = z.output<typeof indicatorValueRecordSchema>;

/** The body and the quarter it is for, which goes in the address. */
export interface IndicatorValueWrite {
  period: string;
  body: IndicatorValueBody;
}

export function saveIndicatorValue(indicatorId: number, { period, body }: IndicatorValueWrite) {
  return apiSend('PUT', `/api/indicators/${indicatorId}/values/${period}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.indicatorValueRecordSchema),
  );
}

/** A quarter already on the page takes the server's figures (its rating comes with the reload). */
function withValue(data: ChainIndicators, record: IndicatorValueRecord): ChainIndicators {
  return {
    ...data,
    indicators: data.indicators.map((indicator) =>
      indicator.id === record.indicatorId
        ? {
            ...indicator,
            values: indicator.values.map((value) =>
              value.period === record.period
                ? {
                    ...value,
                    value: record.value,
                    target: record.target,
                    warningThreshold: record.warningThreshold,
                    excellentThreshold: record.excellentThreshold,
                    version: record.version,
                    updatedAt: record.updatedAt,
                    updatedBy: record.updatedBy,
                  }
                : value,
            ),
          }
        : indicator,
    ),
  };
}

export function useSaveIndicatorValue(chainId: number, indicatorId: number) {
  return useWriteMutation<IndicatorValueWrite, IndicatorValueRecord, ChainIndicators>({
    send: (write) => saveIndicatorValue(indicatorId, write),
    queryKey: queryKeys.chains.indicators(chainId),
    answered: withValue,
    touches: () => touches.chain(chainId),
  });
}
