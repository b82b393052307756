import { eq } from 'drizzle-orm';
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
  async check({ tx }, values, { chainId }) {
    await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
    await meetingOfProblem(tx, values.meetingId, chainId, values.raisedOn);
    await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
  },
});
