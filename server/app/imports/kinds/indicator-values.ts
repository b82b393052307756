import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  indicatorValueFieldsSchema,
  periodSchema,
  refineProvenance,
  thresholdOrderProblem,
} from '../../../contract/writes';
import { asOfProblem, locksOn } from '../../../contract/indicator-periods';
import { indicatorValues } from '../../../db/schema';
import { indicatorValueColumns } from '../../sheets/columns/indicator-values';
import { indicatorValueKind } from '../../writes/kinds';
import { lockedPeriods, PeriodLockedError } from '../../writes/period-lock';
import { readDate, readNumber, readText } from '../cells';
import { inChunks } from '../chunks';
import {
  addExisting,
  existingRecord,
  type ExistingRecord,
  importColumns,
  type ImportKindSpec,
  type RecordOrProblem,
} from '../import-kind';
import { chainColumn, chainKey } from './chain-column';

const columns = importColumns(indicatorValueColumns, {
  chainCode: chainColumn(true),
  indicatorCode: {
    field: 'indicator',
    required: true,
    example: (sample) => sample.indicator,
    read: readText,
  },
  period: {
    required: true,
    example: '2026Q3',
    read: readText,
  },
  value: {
    required: true,
    example: 105,
    read: readNumber,
  },
  target: {
    required: true,
    example: 100,
    read: readNumber,
  },
  warningThreshold: {
    required: true,
    example: 90,
    read: readNumber,
  },
  excellentThreshold: {
    required: true,
    example: 110,
    read: readNumber,
  },
  asOf: {
    required: false,
    example: '2026-09-30',
    read: readDate,
  },
  source: {
    required: false,
    example: '市统计局',
    read: readText,
  },
});

/** The figure's own rules from the edit form's schema, and a quarter like 2026Q3. */
const schema = indicatorValueFieldsSchema
  .omit({ version: true })
  .extend({ period: periodSchema, indicator: z.string({ error: 'is required' }) })
  .superRefine(refineProvenance);

/** A quarter's figures match on their chain, indicator and quarter. */
export const indicatorValueImport: ImportKindSpec = {
  name: 'indicator-values',
  entity: indicatorValueKind as never,
  sheetColumns: indicatorValueColumns as never,
  columns,
  schema: schema as never,
  toRecord(values, references): RecordOrProblem {
    const chainId = values.chainId as number | null;
    if (chainId === null) return { problem: { column: 'chainId', code: 'required' } };
    const indicatorName = values.indicator as string;
    const indicator = references.indicators.get(chainId)?.find(indicatorName);
    if (!indicator?.ok || !indicator.value) {
      return {
        problem: {
          column: 'indicator',
          code: indicator && !indicator.ok ? indicator.code : 'unknown_reference',
          params: { value: indicatorName },
        },
      };
    }
    const outOfOrder = thresholdOrderProblem(indicator.value.direction, values as never);
    if (outOfOrder) {
      return { problem: { column: 'target', code: 'invalid', params: { message: outOfOrder } } };
    }
    const period = values.period as string;
    const asOf = values.asOf as string | null;
    const wrongDay = asOf ? asOfProblem(period, asOf) : null;
    if (wrongDay) {
      return { problem: { column: 'asOf', code: 'invalid', params: { message: wrongDay } } };
    }
    return {
      record: {
        key: chainKey(indicator.value.id, period),
        keyLabel: `${references.chains.labelOf(chainId)} · ${indicator.value.label} · ${period}`,
        chainIds: [chainId],
        identity: { indicatorId: indicator.value.id, period },
        // The planner keeps the figures; the chain and indicator are the identity's.
        values,
      },
    };
  },
  // The commit refuses figures of a locked quarter (409 `period_locked`), as an edit would;
  // rows that change nothing there are left alone.
  async beforeWrite(context, plan) {
    const periods = [...plan.inserts, ...plan.updates.map((update) => update.record)].map(
      (record) => record.identity.period as string,
    );
    const [locked] = await lockedPeriods(context.tx, context, periods);
    if (locked)
      throw new PeriodLockedError(locked, locksOn(locked, context.indicatorLockAfterDays));
  },
  async loadExisting(tx, records) {
    const found = new Map<string, ExistingRecord | null>();
    const ids = [...new Set(records.map((record) => record.identity.indicatorId as number))];
    await inChunks(ids, 5000, async (chunk) => {
      const rows = await tx
        .select()
        .from(indicatorValues)
        .where(inArray(indicatorValues.indicatorId, chunk));
      for (const row of rows) {
        // The chain is checked on the row; the stored figure's is its indicator's, the same.
        const record = existingRecord(indicatorValueKind as never, row, []);
        addExisting(found, chainKey(row.indicatorId, row.period), record);
      }
    });
    return found;
  },
};
