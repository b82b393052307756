import { idParamSchema } from '../../../contract/common';
import { parkCreateSchema, parkRecordSchema, parkUpdateSchema } from '../../../contract/parks';
import type { AppRouteHandler } from '../../context';
import { parkKind } from '../../writes/kinds';
import { createRecord, restoreRecord, updateRecord, withdrawRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { refuseDuplicate } from '../../writes/unique';
import { createRecordRoute, updateRoute, withdrawalRoute } from '../write-route';

const duplicateName = 'is already the name of another park';

export const createPark = createRecordRoute({
  path: '/parks',
  summary: 'Add a park; an editor must have it host their chains, and those only',
  params: idParamSchema.pick({}),
  body: parkCreateSchema,
  record: parkRecordSchema,
});

export const handleCreatePark: AppRouteHandler<typeof createPark> = async (c) => {
  const values = c.req.valid('json');
  const answer = await refuseDuplicate(
    runCreate(c, values, (write) =>
      createRecord(write, parkKind, values.chains[0]?.chainId ?? null, {}, values),
    ),
    'name',
    duplicateName,
  );
  return c.json(parkRecordSchema.parse(answer.body), 201);
};

export const updatePark = updateRoute({
  path: '/parks/{id}',
  summary: 'Change a park and the chains it hosts (every chain before and after needs scope)',
  params: idParamSchema,
  body: parkUpdateSchema,
  record: parkRecordSchema,
});

export const handleUpdatePark: AppRouteHandler<typeof updatePark> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, (write) => updateRecord(write, parkKind, String(id), version, values, 'Park')),
    'name',
    duplicateName,
  );
  return c.json(parkRecordSchema.parse(record), 200);
};

export const withdrawPark = withdrawalRoute({
  path: '/parks/{id}/withdraw',
  summary: 'Withdraw a park (撤回): kept on record, left out of lists',
  params: idParamSchema,
  record: parkRecordSchema,
});

export const handleWithdrawPark: AppRouteHandler<typeof withdrawPark> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    withdrawRecord(write, parkKind, String(id), version, 'Park'),
  );
  return c.json(parkRecordSchema.parse(record), 200);
};

export const restorePark = withdrawalRoute({
  path: '/parks/{id}/restore',
  summary: 'Bring a withdrawn park back (恢复)',
  params: idParamSchema,
  record: parkRecordSchema,
});

export const handleRestorePark: AppRouteHandler<typeof restorePark> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    restoreRecord(write, parkKind, String(id), version, 'Park'),
  );
  return c.json(parkRecordSchema.parse(record), 200);
};
