import { idParamSchema } from '../../../contract/common';
import {
  firmCreateSchema,
  firmRecordSchema,
  firmUpdateSchema,
  firmWithdrawSchema,
} from '../../../contract/firms';
import type { AppRouteHandler } from '../../context';
import { firmKind } from '../../writes/kinds';
import { createRecord, restoreRecord, updateRecord, withdrawRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { refuseDuplicate } from '../../writes/unique';
import { createRecordRoute, updateRoute, withdrawalRoute } from '../write-route';

const duplicateCode = 'is already the code of another firm';

export const createFirm = createRecordRoute({
  path: '/firms',
  summary: 'Add a firm; an editor must put it in their chains, and in those only',
  params: idParamSchema.pick({}),
  body: firmCreateSchema,
  record: firmRecordSchema,
});

export const handleCreateFirm: AppRouteHandler<typeof createFirm> = async (c) => {
  const values = c.req.valid('json');
  const answer = await refuseDuplicate(
    runCreate(c, values, (write) =>
      createRecord(write, firmKind, values.chainIds[0] ?? null, {}, values),
    ),
    'creditCode',
    duplicateCode,
  );
  return c.json(firmRecordSchema.parse(answer.body), 201);
};

export const updateFirm = updateRoute({
  path: '/firms/{id}',
  summary: 'Change a firm, its park and its chains (every chain before and after needs scope)',
  params: idParamSchema,
  body: firmUpdateSchema,
  record: firmRecordSchema,
});

export const handleUpdateFirm: AppRouteHandler<typeof updateFirm> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, (write) => updateRecord(write, firmKind, String(id), version, values, 'Firm')),
    'creditCode',
    duplicateCode,
  );
  return c.json(firmRecordSchema.parse(record), 200);
};

export const withdrawFirm = withdrawalRoute({
  path: '/firms/{id}/withdraw',
  summary: 'Withdraw a firm that moved out (迁出) or was deregistered (注销)',
  params: idParamSchema,
  body: firmWithdrawSchema,
  record: firmRecordSchema,
});

export const handleWithdrawFirm: AppRouteHandler<typeof withdrawFirm> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, reason } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    withdrawRecord(write, firmKind, String(id), version, 'Firm', { withdrawalReason: reason }),
  );
  return c.json(firmRecordSchema.parse(record), 200);
};

export const restoreFirm = withdrawalRoute({
  path: '/firms/{id}/restore',
  summary: 'Bring a withdrawn firm back into the lists',
  params: idParamSchema,
  record: firmRecordSchema,
});

export const handleRestoreFirm: AppRouteHandler<typeof restoreFirm> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, (write) =>
      restoreRecord(write, firmKind, String(id), version, 'Firm', { withdrawalReason: null }),
    ),
    'creditCode',
    duplicateCode,
  );
  return c.json(firmRecordSchema.parse(record), 200);
};
