import { z } from 'zod';
import { idParamSchema } from '../../../contract/common';
import { chainLinkEditSchema, chainLinkMapRecordSchema } from '../../../contract/chain-map';
import {
  indicatorValueBodySchema,
  indicatorValueRecordSchema,
  periodSchema,
  thresholdOrderProblem,
} from '../../../contract/writes';
import { idTextSchema } from '../../../contract/common';
import { and, eq } from 'drizzle-orm';
import { indicators, indicatorValues } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { invalidField, notFound } from '../../errors';
import { chainLinkKind, indicatorValueKind } from '../../writes/kinds';
import { createRecord, updateRecord } from '../../writes/operations';
import { runWrite } from '../../writes/run-write';
import { ConflictError } from '../../errors';
import { snapshotOf } from '../../writes/snapshot';
import { authoriseChainWrite } from '../../writes/authorise';
import { updateRoute } from '../write-route';

export const updateLink = updateRoute({
  path: '/chain-links/{id}',
  summary:
    'Set a chain link’s strength (strong 优势, weak 薄弱, missing 缺失), note and member firms; rename it',
  params: idParamSchema,
  body: chainLinkEditSchema,
  record: chainLinkMapRecordSchema,
});

export const handleUpdateLink: AppRouteHandler<typeof updateLink> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, chainLinkKind, String(id), version, values, 'Chain link'),
  );
  return c.json(chainLinkMapRecordSchema.parse(record), 200);
};

export const saveIndicatorValue = updateRoute({
  path: '/indicators/{id}/values/{period}',
  summary:
    'Record an indicator’s figure (with its as-of day and source), target and thresholds for one quarter; 409 `period_locked` when the quarter is locked',
  params: z.object({ id: idTextSchema, period: periodSchema }),
  body: indicatorValueBodySchema,
  record: indicatorValueRecordSchema,
  conflictAlso:
    'Or `period_locked` (no `current`): the quarter is locked, `error.fields.period` says since when; nothing was written',
});

export const handleSaveIndicatorValue: AppRouteHandler<typeof saveIndicatorValue> = async (c) => {
  const { id, period } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    const [indicator] = await write.tx
      .select({ chainId: indicators.chainId, direction: indicators.direction })
      .from(indicators)
      .where(eq(indicators.id, id));
    if (!indicator) throw notFound('Indicator');
    authoriseChainWrite(write.user, indicator.chainId);
    const outOfOrder = thresholdOrderProblem(indicator.direction, values);
    if (outOfOrder) throw invalidField('target', outOfOrder);
    const [existing] = await write.tx
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, id), eq(indicatorValues.period, period)));
    if (existing?.withdrawnAt && version === null) {
      // A quarter withdrawn (or undone from the history) is entered afresh: the form saw none.
      return updateRecord(
        write,
        indicatorValueKind,
        String(existing.id),
        existing.version,
        { ...values, withdrawnAt: null },
        'Indicator value',
      );
    }
    if (existing) {
      // The form saw no figure for this quarter, but someone has entered one meanwhile.
      if (version === null) {
        throw new ConflictError(await snapshotOf(write.tx, indicatorValueKind, existing));
      }
      return updateRecord(
        write,
        indicatorValueKind,
        String(existing.id),
        version,
        values,
        'Indicator value',
      );
    }
    if (version !== null) throw notFound('Indicator value');
    return createRecord(
      write,
      indicatorValueKind,
      indicator.chainId,
      { indicatorId: id, period },
      values,
    );
  });
  return c.json(indicatorValueRecordSchema.parse(record), 200);
};
