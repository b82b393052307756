import { eq, inArray } from 'drizzle-orm';
import { firms, meetingFirms, meetings } from '../../../db/schema';
import { invalidField } from '../../errors';
import type { Transaction } from '../transaction';
import { idList } from './investment';
import { chainsMustExist, kind, numericId } from './support';

/**
 * 座谈会: a meeting of one chain (its task force records it) or city-wide (chain null: the
 * administrators'). Moving it to another chain needs both chains, like any record's chain.
 */
export const meetingKind = kind({
  type: 'meeting',
  table: meetings,
  where: (entityId) => eq(meetings.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  // No chain: a city-wide meeting, which only administrators may write.
  chainIdsOf: (snapshot) => (typeof snapshot.chainId === 'number' ? [snapshot.chainId] : []),
  identity: ['id'],
  fields: ['chainId', 'heldOn', 'title', 'place', 'host', 'notes', 'withdrawnAt'],
  related: idList(
    meetingFirms,
    meetingFirms.meetingId,
    meetingFirms.firmId,
    'firmIds',
    'meetingId',
    'firmId',
  ),
  async check({ tx }, values) {
    if (typeof values.chainId === 'number') await chainsMustExist(tx, 'chainId', [values.chainId]);
    await firmsMustExist(tx, values.firmIds);
  },
});

async function firmsMustExist(tx: Transaction, ids: unknown) {
  if (!Array.isArray(ids) || ids.length === 0) return;
  const wanted = ids as number[];
  const found = await tx.select({ id: firms.id }).from(firms).where(inArray(firms.id, wanted));
  if (found.length !== wanted.length)
    throw invalidField('firmIds', 'names a firm that does not exist');
}

/**
 * A problem raised at a meeting: the meeting exists, is of the problem's chain (or city-wide)
 * and was held on or before the day the problem was raised. A withdrawn meeting is no new
 * problem's source, but a problem it already names keeps it through later edits.
 */
export async function meetingOfProblem(
  tx: Transaction,
  meetingId: unknown,
  chainId: number | null,
  raisedOn: unknown,
  currentMeetingId: number | null | undefined,
) {
  if (typeof meetingId !== 'number') return;
  const [meeting] = await tx
    .select({
      chainId: meetings.chainId,
      heldOn: meetings.heldOn,
      withdrawnAt: meetings.withdrawnAt,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw invalidField('meetingId', 'names no meeting');
  if (meeting.withdrawnAt && meetingId !== currentMeetingId) {
    throw invalidField('meetingId', 'names a withdrawn meeting');
  }
  if (meeting.chainId !== null && meeting.chainId !== chainId) {
    throw invalidField('meetingId', 'names a meeting of another chain');
  }
  if (typeof raisedOn === 'string' && meeting.heldOn > raisedOn) {
    throw invalidField('meetingId', 'names a meeting held after the problem was raised');
  }
}
