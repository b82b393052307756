import { idParamSchema } from '../../../contract/common';
import {
  policyBodySchema,
  policyCreateSchema,
  policyRecordSchema,
  taskForceMemberBodySchema,
  taskForceMemberCreateSchema,
  taskForceMemberRecordSchema,
} from '../../../contract/writes';
import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import type { WriteContext } from '../../writes/entity';
import { policyKind, taskForceKind, taskForceMemberKind } from '../../writes/kinds';
import { createRecord, deleteRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { chainMustExist } from '../../writes/chain-exists';
import { createRecordRoute, deleteRoute, updateRoute } from '../write-route';

/*
 * The records of the five ones that a chain has many of: task force members and policies.
 * (Its one-of-a-kind records — leader firm, chief scientist, task force — are in chain.ts.)
 */

export const createMember = createRecordRoute({
  path: '/chains/{id}/task-force/members',
  summary: 'Add a member to a chain’s task force',
  params: idParamSchema,
  body: taskForceMemberCreateSchema,
  record: taskForceMemberRecordSchema,
});

/** Members belong to a task force: a chain without one has none to add to. */
async function taskForceMustExist(write: WriteContext, chainId: number) {
  await chainMustExist(write, chainId);
  const [taskForce] = await write.tx
    .select({ chainId: taskForceKind.table.chainId })
    .from(taskForceKind.table)
    .where(taskForceKind.where(String(chainId)));
  if (!taskForce) throw notFound('Task force');
}

export const handleCreateMember: AppRouteHandler<typeof createMember> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    await taskForceMustExist(write, id);
    return createRecord(write, taskForceMemberKind, id, { chainId: id }, values);
  });
  return c.json(taskForceMemberRecordSchema.parse(answer.body), 201);
};

export const updateMember = updateRoute({
  path: '/task-force-members/{id}',
  summary: 'Change a task force member',
  params: idParamSchema,
  body: taskForceMemberBodySchema,
  record: taskForceMemberRecordSchema,
});

export const handleUpdateMember: AppRouteHandler<typeof updateMember> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, taskForceMemberKind, String(id), version, values, 'Task force member'),
  );
  return c.json(taskForceMemberRecordSchema.parse(record), 200);
};

export const removeMember = deleteRoute({
  path: '/task-force-members/{id}',
  summary: 'Remove a member from a task force',
  params: idParamSchema,
  record: taskForceMemberRecordSchema,
});

export const handleRemoveMember: AppRouteHandler<typeof removeMember> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('query');
  await runWrite(c, (write) =>
    deleteRecord(write, taskForceMemberKind, String(id), version, 'Task force member'),
  );
  return c.body(null, 204);
};

/** The form's yes/no "retired" as the stored moment it was retired (kept if it already was). */
function retiredAt(retired: boolean, current: Date | null, now: Date): Date | null {
  if (!retired) return null;
  return current ?? now;
}

export const createPolicy = createRecordRoute({
  path: '/chains/{id}/policies',
  summary: 'Add a policy to a chain’s policy package',
  params: idParamSchema,
  body: policyCreateSchema,
  record: policyRecordSchema,
});

export const handleCreatePolicy: AppRouteHandler<typeof createPolicy> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const { retired, ...values } = body;
  const answer = await runCreate(c, body, async (write) => {
    await chainMustExist(write, id);
    return createRecord(
      write,
      policyKind,
      id,
      { chainId: id },
      {
        ...values,
        retiredAt: retiredAt(retired, null, write.now),
      },
    );
  });
  return c.json(policyRecordSchema.parse(answer.body), 201);
};

export const updatePolicy = updateRoute({
  path: '/policies/{id}',
  summary: 'Change a policy, or retire it from its package',
  params: idParamSchema,
  body: policyBodySchema,
  record: policyRecordSchema,
});

export const handleUpdatePolicy: AppRouteHandler<typeof updatePolicy> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, retired, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    const [current] = await write.tx
      .select({ retiredAt: policyKind.table.retiredAt })
      .from(policyKind.table)
      .where(policyKind.where(String(id)));
    return updateRecord(
      write,
      policyKind,
      String(id),
      version,
      { ...values, retiredAt: retiredAt(retired, current?.retiredAt ?? null, write.now) },
      'Policy',
    );
  });
  return c.json(policyRecordSchema.parse(record), 200);
};
