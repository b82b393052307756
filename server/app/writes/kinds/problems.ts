import { eq } from 'drizzle-orm';
import { departments, firms, problems } from '../../../db/schema';
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
  async check({ tx }, values) {
    await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
    await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
  },
});
