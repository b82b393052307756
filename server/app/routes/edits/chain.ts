import { z } from 'zod';
import { fiveOneItemSchema, idParamSchema, idTextSchema } from '../../../contract/common';
import {
  chainStatusBodySchema,
  chainStatusRecordSchema,
  chiefScientistBodySchema,
  chiefScientistRecordSchema,
  fiveOneBodySchema,
  fiveOneRecordSchema,
  leaderFirmBodySchema,
  leaderFirmRecordSchema,
  statusReportCreateSchema,
  statusReportRecordSchema,
  taskForceBodySchema,
  taskForceRecordSchema,
} from '../../../contract/writes';
import type { AppRouteHandler } from '../../context';
import {
  chainStatusKind,
  chiefScientistKind,
  fiveOneEntityId,
  fiveOneKind,
  leaderFirmKind,
  statusReportKind,
  taskForceKind,
} from '../../writes/kinds';
import { createRecord, saveSingleRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { chainMustExist } from './chain-exists';
import { createRecordRoute, updateRoute } from './write-route';

export const updateStatus = updateRoute({
  path: '/chains/{id}/status',
  summary: 'Set a chain’s status (red, amber, green) and its note',
  params: idParamSchema,
  body: chainStatusBodySchema,
  record: chainStatusRecordSchema,
});

export const handleUpdateStatus: AppRouteHandler<typeof updateStatus> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, chainStatusKind, String(id), version, values, 'Chain'),
  );
  return c.json(chainStatusRecordSchema.parse(record), 200);
};

export const saveFiveOne = updateRoute({
  path: '/chains/{id}/five-ones/{item}',
  summary: 'Set the state and note of one of a chain’s five ones',
  params: z.object({ id: idTextSchema, item: fiveOneItemSchema }),
  body: fiveOneBodySchema,
  record: fiveOneRecordSchema,
});

export const handleSaveFiveOne: AppRouteHandler<typeof saveFiveOne> = async (c) => {
  const { id, item } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    await chainMustExist(write, id);
    return saveSingleRecord(
      write,
      fiveOneKind,
      fiveOneEntityId(id, item),
      { chainId: id, item },
      version,
      values,
      'Five-ones item',
    );
  });
  return c.json(fiveOneRecordSchema.parse(record), 200);
};

export const saveLeaderFirm = updateRoute({
  path: '/chains/{id}/leader-firm',
  summary: 'Name a chain’s leader firm (链主企业) and why',
  params: idParamSchema,
  body: leaderFirmBodySchema,
  record: leaderFirmRecordSchema,
});

export const handleSaveLeaderFirm: AppRouteHandler<typeof saveLeaderFirm> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    await chainMustExist(write, id);
    return saveSingleRecord(
      write,
      leaderFirmKind,
      String(id),
      { chainId: id },
      version,
      values,
      'Leader firm',
    );
  });
  return c.json(leaderFirmRecordSchema.parse(record), 200);
};

export const saveChiefScientist = updateRoute({
  path: '/chains/{id}/chief-scientist',
  summary: 'Name a chain’s chief scientist (首席科学家)',
  params: idParamSchema,
  body: chiefScientistBodySchema,
  record: chiefScientistRecordSchema,
});

export const handleSaveChiefScientist: AppRouteHandler<typeof saveChiefScientist> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    await chainMustExist(write, id);
    return saveSingleRecord(
      write,
      chiefScientistKind,
      String(id),
      { chainId: id },
      version,
      values,
      'Chief scientist',
    );
  });
  return c.json(chiefScientistRecordSchema.parse(record), 200);
};

export const saveTaskForce = updateRoute({
  path: '/chains/{id}/task-force',
  summary: 'Set a chain’s task force (工作专班): head, lead department, meetings',
  params: idParamSchema,
  body: taskForceBodySchema,
  record: taskForceRecordSchema,
});

export const handleSaveTaskForce: AppRouteHandler<typeof saveTaskForce> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    await chainMustExist(write, id);
    return saveSingleRecord(
      write,
      taskForceKind,
      String(id),
      { chainId: id },
      version,
      values,
      'Task force',
    );
  });
  return c.json(taskForceRecordSchema.parse(record), 200);
};

export const createStatusReport = createRecordRoute({
  path: '/chains/{id}/status-reports',
  summary: 'Write a status report (专班动态) for a chain',
  params: idParamSchema,
  body: statusReportCreateSchema,
  record: statusReportRecordSchema,
});

export const handleCreateStatusReport: AppRouteHandler<typeof createStatusReport> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, async (write) => {
    await chainMustExist(write, id);
    return createRecord(write, statusReportKind, id, { chainId: id }, values);
  });
  return c.json(statusReportRecordSchema.parse(answer.body), 201);
};
