import { idParamSchema } from '../../../contract/common';
import {
  supplyItemBodySchema,
  supplyItemCreateSchema,
  supplyItemRecordSchema,
} from '../../../contract/investment-writes';
import { chains } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { supplyItemKind } from '../../writes/kinds';
import { anyKind, mustExist } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';

/*
 * The chain leader's supply list (链主供需清单) is read with the chain's investment map
 * (`GET /chains/{id}/investment`); these are its writes.
 */

export const createSupplyItem = createRecordRoute({
  path: '/supply-items',
  summary: 'Add an item to a chain leader’s supply list, under a link of the chain',
  params: idParamSchema.pick({}),
  body: supplyItemCreateSchema,
  record: supplyItemRecordSchema,
});

export const handleCreateSupplyItem: AppRouteHandler<typeof createSupplyItem> = async (c) => {
  const values = c.req.valid('json');
  const { chainId, ...fields } = values;
  const answer = await runCreate(c, values, async (write) => {
    await mustExist(write.tx, chains, 'chainId', chainId, 'names no chain');
    return createRecord(write, supplyItemKind, chainId, { chainId }, fields);
  });
  return c.json(supplyItemRecordSchema.parse(answer.body), 201);
};

export const updateSupplyItem = updateRoute({
  path: '/supply-items/{id}',
  summary: 'Change an item of a chain leader’s supply list',
  params: idParamSchema,
  body: supplyItemBodySchema,
  record: supplyItemRecordSchema,
});

export const handleUpdateSupplyItem: AppRouteHandler<typeof updateSupplyItem> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, supplyItemKind, String(id), version, values, 'Supply item'),
  );
  return c.json(supplyItemRecordSchema.parse(record), 200);
};

export const supplyItemWithdrawal = withdrawalRoutes({
  path: '/supply-items/{id}',
  noun: 'supply list item',
  what: 'Supply item',
  kind: anyKind(supplyItemKind),
  record: supplyItemRecordSchema,
});
