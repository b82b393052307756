import { eq, inArray } from 'drizzle-orm';
import {
  chainLinkFirms,
  chainLinks,
  chainSegments,
  firms,
  indicatorValues,
  indicators,
} from '../../../db/schema';
import { asOfProblem } from '../../../contract/indicator-periods';
import { invalidField } from '../../errors';
import { assertPeriodOpen } from '../period-lock';
import type { Transaction } from '../transaction';
import { kind, numericId } from './support';

/** A chain link's member firms live in their own table; they are edited with the link. */
const chainLinkFirmIds = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ firmId: chainLinkFirms.firmId })
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, numericId(entityId)))
      .orderBy(chainLinkFirms.firmId);
    return { firmIds: rows.map((row) => row.firmId) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const linkId = numericId(entityId);
    const firmIds = values.firmIds as number[] | undefined;
    if (!firmIds) return;
    await tx.delete(chainLinkFirms).where(eq(chainLinkFirms.linkId, linkId));
    if (firmIds.length > 0) {
      await tx.insert(chainLinkFirms).values(firmIds.map((firmId) => ({ linkId, firmId })));
    }
  },
};

export const chainLinkKind = kind({
  type: 'chain_link',
  table: chainLinks,
  where: (entityId) => eq(chainLinks.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  // `segmentId` and `sortOrder` place the link on the map (a move is an update); `withdrawnAt`
  // hides a removed link, which a revert or 恢复 brings back.
  fields: ['segmentId', 'name', 'nameEn', 'strength', 'note', 'sortOrder', 'withdrawnAt'],
  related: chainLinkFirmIds,
  async check({ tx }, values) {
    const firmIds = values.firmIds as number[] | undefined;
    if (!firmIds || firmIds.length === 0) return;
    const found = await tx.select({ id: firms.id }).from(firms).where(inArray(firms.id, firmIds));
    if (found.length !== firmIds.length)
      throw invalidField('firmIds', 'names a firm that does not exist');
  },
});

/** A segment of a chain's map (上游 / 中游 / 下游, or one a chain adds: 延链). */
export const chainSegmentKind = kind({
  type: 'chain_segment',
  table: chainSegments,
  where: (entityId) => eq(chainSegments.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: ['position', 'name', 'nameEn', 'sortOrder', 'withdrawnAt'],
});

/** A quarter's figure of an indicator; its chain is the indicator's. */
export const indicatorValueKind = kind({
  type: 'indicator_value',
  table: indicatorValues,
  where: (entityId) => eq(indicatorValues.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    const [indicator] = await tx
      .select({ chainId: indicators.chainId })
      .from(indicators)
      .where(eq(indicators.id, row.indicatorId));
    return indicator?.chainId ?? null;
  },
  identity: ['id', 'indicatorId', 'period'],
  fields: [
    'value',
    'target',
    'warningThreshold',
    'excellentThreshold',
    'asOf',
    'source',
    'withdrawnAt',
  ],
  // Whoever writes the quarter's figure (an edit, an import, a revert) stands behind it.
  stamp: (context) => ({ enteredBy: context.user.id, enteredAt: context.now }),
  async check(context, values, { row, identity }) {
    const period = (row?.period ?? identity?.period) as string;
    // Every write of a figure (save, withdraw, restore, revert) is refused in a locked quarter.
    await assertPeriodOpen(context, period);
    const asOf = 'asOf' in values ? (values.asOf as string | null) : row?.asOf;
    const problem = asOf ? asOfProblem(period, asOf) : null;
    if (problem) throw invalidField('asOf', problem);
  },
});
