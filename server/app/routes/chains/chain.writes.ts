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
import type { Context } from 'hono';
import type { AppEnv, AppRouteHandler } from '../../context';
import type { EditableTable, EntityKind } from '../../writes/entity';
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
import { chainMustExist } from '../../writes/chain-exists';
import { createRecordRoute, updateRoute } from '../write-route';

/**
 * Saves one of a chain's one-of-a-kind records under `/chains/{id}/…`: created when the form saw
 * none (`version` null), else updated; 404 when the chain does not exist.
 */
function saveChainRecord<Table extends EditableTable>(
  c: Context<AppEnv>,
  chainId: number,
  { version, ...values }: { version: number | null },
  kind: EntityKind<Table>,
  what: string,
  {
    entityId = String(chainId),
    identity = { chainId },
  }: { entityId?: string; identity?: { chainId: number } & Record<string, unknown> } = {},
) {
  return runWrite(c, async (write) => {
    await chainMustExist(write, chainId);
    return saveSingleRecord(write, kind, entityId, identity, version, values, what);
  });
}

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
  const record = await saveChainRecord(c, id, c.req.valid('json'), fiveOneKind, 'Five-ones item', {
    entityId: fiveOneEntityId(id, item),
    identity: { chainId: id, item },
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
  const record = await saveChainRecord(c, id, c.req.valid('json'), leaderFirmKind, 'Leader firm');
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
  const record = await saveChainRecord(
    c,
    id,
    c.req.valid('json'),
    chiefScientistKind,
    'Chief scientist',
  );
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
  const record = await saveChainRecord(c, id, c.req.valid('json'), taskForceKind, 'Task force');
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
  const answer = await runCreate(c, values, async (write) => {
    await chainMustExist(write, id);
    return createRecord(write, statusReportKind, id, { chainId: id }, values);
  });
  return c.json(statusReportRecordSchema.parse(answer.body), 201);
};
