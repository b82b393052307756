import { idParamSchema } from '../../../contract/common';
import {
  targetFirmBodySchema,
  targetFirmCreateSchema,
  targetFirmRecordSchema,
} from '../../../contract/investment-writes';
import type { AppRouteHandler } from '../../context';
import { targetFirmKind } from '../../writes/kinds';
import { anyKind } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { refuseDuplicate } from '../../writes/unique';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';

const duplicateCode = 'is already the code of another target firm';

export const createTargetFirm = createRecordRoute({
  path: '/target-firms',
  summary: 'Add a 招商 target firm for links of chains the editor may change',
  params: idParamSchema.pick({}),
  body: targetFirmCreateSchema,
  record: targetFirmRecordSchema,
});

export const handleCreateTargetFirm: AppRouteHandler<typeof createTargetFirm> = async (c) => {
  const values = c.req.valid('json');
  const answer = await refuseDuplicate(
    runCreate(c, values, (write) =>
      createRecord(write, targetFirmKind, values.chainIds[0] ?? null, {}, values),
    ),
    'creditCode',
    duplicateCode,
  );
  return c.json(targetFirmRecordSchema.parse(answer.body), 201);
};

export const updateTargetFirm = updateRoute({
  path: '/target-firms/{id}',
  summary: 'Change a target firm, its chains and links (every chain before and after needs scope)',
  params: idParamSchema,
  body: targetFirmBodySchema,
  record: targetFirmRecordSchema,
});

export const handleUpdateTargetFirm: AppRouteHandler<typeof updateTargetFirm> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, (write) =>
      updateRecord(write, targetFirmKind, String(id), version, values, 'Target firm'),
    ),
    'creditCode',
    duplicateCode,
  );
  return c.json(targetFirmRecordSchema.parse(record), 200);
};

export const targetFirmWithdrawal = withdrawalRoutes({
  path: '/target-firms/{id}',
  noun: 'target firm',
  what: 'Target firm',
  kind: anyKind(targetFirmKind),
  record: targetFirmRecordSchema,
});
