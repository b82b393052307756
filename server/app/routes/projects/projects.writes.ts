import { idParamSchema } from '../../../contract/common';
import {
  projectBodySchema,
  projectCreateSchema,
  projectRecordSchema,
} from '../../../contract/writes';
import type { AppRouteHandler } from '../../context';
import { chainMustExist } from '../../writes/chain-exists';
import { projectKind } from '../../writes/kinds';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { createRecordRoute, updateRoute } from '../write-route';
import { withdrawalRoutes } from '../withdrawal-routes';
import { withdrawnProjectRecordSchema } from '../../../contract/chain-map';
import { anyKind } from '../../writes/kinds/support';

export const createProject = createRecordRoute({
  path: '/chains/{id}/projects',
  summary: 'Add a project (招商 or expansion) to a chain',
  params: idParamSchema,
  body: projectCreateSchema,
  record: projectRecordSchema,
});

export const handleCreateProject: AppRouteHandler<typeof createProject> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    await chainMustExist(write, id);
    return createRecord(write, projectKind, id, { chainId: id }, values);
  });
  return c.json(projectRecordSchema.parse(answer.body), 201);
};

export const updateProject = updateRoute({
  path: '/projects/{id}',
  summary: 'Change a project or move it to its next stage',
  params: idParamSchema,
  body: projectBodySchema,
  record: projectRecordSchema,
});

export const handleUpdateProject: AppRouteHandler<typeof updateProject> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, projectKind, String(id), version, values, 'Project'),
  );
  return c.json(projectRecordSchema.parse(record), 200);
};

/** 撤回 / 恢复: a project entered by mistake is hidden from every list and count, kept, restorable. */
export const projectWithdrawal = withdrawalRoutes({
  path: '/projects/{id}',
  noun: 'project',
  what: 'Project',
  kind: anyKind(projectKind),
  record: withdrawnProjectRecordSchema,
});
