import { and, eq } from 'drizzle-orm';
import type { FiveOneItem } from '../../../contract/common';
import {
  chainLeaderFirms,
  chains,
  chiefScientists,
  departments,
  firms,
  fiveOnes,
  policies,
  statusReports,
  taskForceMembers,
  taskForces,
} from '../../../db/schema';
import { kind, mustExist, numericId, noDepartment } from './support';

export const chainStatusKind = kind({
  type: 'chain_status',
  table: chains,
  where: (entityId) => eq(chains.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.id,
  identity: ['id'],
  fields: ['status', 'statusNote'],
  stamp: ({ user, now }) => ({ statusSetBy: user.displayName, statusUpdatedAt: now }),
});

/** `3:leader_firm`: a chain's row of one of the five ones. */
export const fiveOneEntityId = (chainId: number, item: FiveOneItem) => `${chainId}:${item}`;

export const fiveOneKind = kind({
  type: 'five_one',
  table: fiveOnes,
  where: (entityId) => {
    const [chainId = '', item = ''] = entityId.split(':');
    return and(eq(fiveOnes.chainId, numericId(chainId)), eq(fiveOnes.item, item as FiveOneItem));
  },
  entityIdOf: (row) => fiveOneEntityId(row.chainId, row.item),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId', 'item'],
  fields: ['state', 'note'],
});

export const leaderFirmKind = kind({
  type: 'leader_firm',
  table: chainLeaderFirms,
  where: (entityId) => eq(chainLeaderFirms.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: ['firmId', 'reason', 'designatedOn'],
  check: ({ tx }, values) => mustExist(tx, firms, 'firmId', values.firmId, 'names no firm'),
});

export const chiefScientistKind = kind({
  type: 'chief_scientist',
  table: chiefScientists,
  where: (entityId) => eq(chiefScientists.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: ['name', 'title', 'affiliation', 'field', 'appointedOn'],
});

export const taskForceKind = kind({
  type: 'task_force',
  table: taskForces,
  where: (entityId) => eq(taskForces.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: [
    'headName',
    'headTitle',
    'leadDepartmentId',
    'meetingCadence',
    'lastMeetingOn',
    'reportCadence',
  ],
  check: ({ tx }, values) =>
    mustExist(tx, departments, 'leadDepartmentId', values.leadDepartmentId, noDepartment),
});

export const taskForceMemberKind = kind({
  type: 'task_force_member',
  table: taskForceMembers,
  where: (entityId) => eq(taskForceMembers.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: ['name', 'role', 'departmentId'],
  check: ({ tx }, values) =>
    mustExist(tx, departments, 'departmentId', values.departmentId, noDepartment),
});

export const policyKind = kind({
  type: 'policy',
  table: policies,
  where: (entityId) => eq(policies.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'title',
    'docNumber',
    'issuer',
    'issuedOn',
    'status',
    'budgetWan',
    'disbursedWan',
    'beneficiaries',
    'retiredAt',
    'withdrawnAt',
  ],
});

export const statusReportKind = kind({
  type: 'status_report',
  table: statusReports,
  where: (entityId) => eq(statusReports.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId', 'authorName'],
  fields: ['reportedOn', 'status', 'title', 'body', 'withdrawnAt'],
  stamp: ({ user }) => ({ authorName: user.displayName }),
});
