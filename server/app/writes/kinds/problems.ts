import { eq } from 'drizzle-orm';
import { invalidField } from '../../errors';
import { departments, firms, problems } from '../../../db/schema';
import { meetingOfProblem } from './meetings';
import { kind, mustExist, numericId, noDepartment } from './support';

export const problemKind = kind({
  type: 'problem',
  table: problems,
  where: (entityId) => eq(problems.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'firmId',
    'meetingId',
    'title',
    'detail',
    'category',
    'raisedOn',
    'ownerDepartmentId',
    'deadline',
    'status',
    'resolvedOn',
    'feedback',
    'withdrawnAt',
  ],
  async check({ tx }, values, { chainId, row }) {
    await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
    await meetingOfProblem(tx, values.meetingId, chainId, values.raisedOn, row?.meetingId);
    await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
  },
});

/** The workflow's fields: a problem's facts never change them, only its steps do. */
const workflowFields = [
  'ownerDepartmentId',
  'deadline',
  'status',
  'resolvedOn',
  'feedback',
] as const;

/**
 * A problem's facts (收集), as its generic edit and a revert of one change them. The workflow's
 * fields are in every snapshot (so a 409 and the history show the whole problem) but never
 * written: a revert of an old edit cannot put back a status or department the steps have moved
 * on from.
 */
export const problemFactsKind = kind({
  ...problemKind,
  identity: ['id', 'chainId', ...workflowFields],
  fields: ['firmId', 'meetingId', 'title', 'detail', 'category', 'raisedOn', 'withdrawnAt'],
  async check({ tx }, values, { chainId, row }) {
    await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
    await meetingOfProblem(
      tx,
      values.meetingId,
      chainId,
      values.raisedOn ?? row?.raisedOn,
      row?.meetingId,
    );
    const raisedOn = values.raisedOn as string | undefined;
    if (raisedOn && row?.deadline && raisedOn > row.deadline) {
      throw invalidField('raisedOn', 'must not be after its deadline');
    }
  },
});
