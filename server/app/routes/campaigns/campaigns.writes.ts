import { idParamSchema } from '../../../contract/common';
import {
  campaignBodySchema,
  campaignCreateSchema,
  campaignRecordSchema,
} from '../../../contract/investment-writes';
import type { AppRouteHandler } from '../../context';
import { campaignKind } from '../../writes/kinds';
import { anyKind } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';

export const createCampaign = createRecordRoute({
  path: '/campaigns',
  summary: 'Add a 招商 campaign for chains the editor may change',
  params: idParamSchema.pick({}),
  body: campaignCreateSchema,
  record: campaignRecordSchema,
});

export const handleCreateCampaign: AppRouteHandler<typeof createCampaign> = async (c) => {
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, (write) =>
    createRecord(write, campaignKind, values.chainIds[0] ?? null, {}, values),
  );
  return c.json(campaignRecordSchema.parse(answer.body), 201);
};

export const updateCampaign = updateRoute({
  path: '/campaigns/{id}',
  summary: 'Change a campaign and its chains (every chain before and after needs scope)',
  params: idParamSchema,
  body: campaignBodySchema,
  record: campaignRecordSchema,
});

export const handleUpdateCampaign: AppRouteHandler<typeof updateCampaign> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, campaignKind, String(id), version, values, 'Campaign'),
  );
  return c.json(campaignRecordSchema.parse(record), 200);
};

export const campaignWithdrawal = withdrawalRoutes({
  path: '/campaigns/{id}',
  noun: 'campaign',
  what: 'Campaign',
  kind: anyKind(campaignKind),
  record: campaignRecordSchema,
});
