import { eq } from 'drizzle-orm';
import { idParamSchema } from '../../../contract/common';
import {
  leadBodySchema,
  leadCreateSchema,
  leadRecordSchema,
} from '../../../contract/investment-writes';
import { chains, leads } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { leadKind } from '../../writes/kinds';
import { anyKind, mustExist } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { refuseDuplicate } from '../../writes/unique';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';
import { projectOfSignedLead } from '../../writes/lead-signing';

// Two writes signing with one project at once: the loser is told, not given a 500.
const takenProject = 'is already the project of another lead';

export const createLead = createRecordRoute({
  path: '/leads',
  summary: 'Add a 招商 lead to a link of a chain; signing makes its project',
  params: idParamSchema.pick({}),
  body: leadCreateSchema,
  record: leadRecordSchema,
});

export const handleCreateLead: AppRouteHandler<typeof createLead> = async (c) => {
  const values = c.req.valid('json');
  const { chainId, ...fields } = values;
  const answer = await refuseDuplicate(
    runCreate(c, values, async (write) => {
      // The chain is a field of the body here, so an unknown one is a 400 naming it.
      await mustExist(write.tx, chains, 'chainId', chainId, 'names no chain');
      const projectId = await projectOfSignedLead(write, values);
      return createRecord(write, leadKind, chainId, { chainId }, { ...fields, projectId });
    }),
    'projectId',
    takenProject,
  );
  return c.json(leadRecordSchema.parse(answer.body), 201);
};

export const updateLead = updateRoute({
  path: '/leads/{id}',
  summary: 'Change a lead or move it to its next stage; signing makes its project',
  params: idParamSchema,
  body: leadBodySchema,
  record: leadRecordSchema,
});

export const handleUpdateLead: AppRouteHandler<typeof updateLead> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, async (write) => {
      const [current] = await write.tx
        .select({ chainId: leads.chainId, version: leads.version })
        .from(leads)
        .where(eq(leads.id, id));
      // A lead that is not there, or a stale version, is answered by the update (404, 409)
      // before any project is made.
      const projectId =
        current && current.version === version
          ? await projectOfSignedLead(write, { ...values, chainId: current.chainId })
          : values.projectId;
      return updateRecord(write, leadKind, String(id), version, { ...values, projectId }, 'Lead');
    }),
    'projectId',
    takenProject,
  );
  return c.json(leadRecordSchema.parse(record), 200);
};

/** 撤回 / 恢复 a lead entered by mistake; its project, if any, stays. */
export const leadWithdrawal = withdrawalRoutes({
  path: '/leads/{id}',
  noun: 'lead',
  what: 'Lead',
  kind: anyKind(leadKind),
  record: leadRecordSchema,
});
