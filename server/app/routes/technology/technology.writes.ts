import { eq } from 'drizzle-orm';
import { idParamSchema } from '../../../contract/common';
import {
  techAssistantBodySchema,
  techAssistantCreateSchema,
  techAssistantRecordSchema,
  techMatchBodySchema,
  techMatchCreateSchema,
  techMatchRecordSchema,
  techNeedBodySchema,
  techNeedCreateSchema,
  techNeedRecordSchema,
  techSupplyBodySchema,
  techSupplyCreateSchema,
  techSupplyRecordSchema,
} from '../../../contract/technology-writes';
import { chains, techNeeds } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { invalidField } from '../../errors';
import { techAssistantKind, techMatchKind, techNeedKind, techSupplyKind } from '../../writes/kinds';
import { anyKind, mustExist } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';

/*
 * 科技创新 writes: create, change (versioned, 409), 撤回 and 恢复 of each record, through the
 * kinds in `writes/kinds/technology.ts`, which say who may write what.
 */

const noParams = idParamSchema.pick({});

// ---------------------------------------------------------------- needs

export const createNeed = createRecordRoute({
  path: '/tech-needs',
  summary: 'Add a technology need (技术需求) raised by a firm of a chain',
  params: noParams,
  body: techNeedCreateSchema,
  record: techNeedRecordSchema,
});

export const handleCreateNeed: AppRouteHandler<typeof createNeed> = async (c) => {
  const values = c.req.valid('json');
  const { chainId, ...fields } = values;
  const answer = await runCreate(c, values, async (write) => {
    // The chain is a field of the body here, so an unknown one is a 400 naming it.
    await mustExist(write.tx, chains, 'chainId', chainId, 'names no chain');
    return createRecord(write, techNeedKind, chainId, { chainId }, fields);
  });
  return c.json(techNeedRecordSchema.parse(answer.body), 201);
};

export const updateNeed = updateRoute({
  path: '/tech-needs/{id}',
  summary: 'Change a technology need (its chain stays)',
  params: idParamSchema,
  body: techNeedBodySchema,
  record: techNeedRecordSchema,
});

export const handleUpdateNeed: AppRouteHandler<typeof updateNeed> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, techNeedKind, String(id), version, values, 'Technology need'),
  );
  return c.json(techNeedRecordSchema.parse(record), 200);
};

// ---------------------------------------------------------------- matches

export const createMatch = createRecordRoute({
  path: '/tech-matches',
  summary: 'Match a technology need with a supply (技术对接), in the need’s chain',
  params: noParams,
  body: techMatchCreateSchema,
  record: techMatchRecordSchema,
});

export const handleCreateMatch: AppRouteHandler<typeof createMatch> = async (c) => {
  const values = c.req.valid('json');
  const { needId, ...fields } = values;
  const answer = await runCreate(c, values, async (write) => {
    const [need] = await write.tx
      .select({ chainId: techNeeds.chainId, withdrawnAt: techNeeds.withdrawnAt })
      .from(techNeeds)
      .where(eq(techNeeds.id, needId));
    if (!need) throw invalidField('needId', 'names no technology need');
    if (need.withdrawnAt) throw invalidField('needId', 'names a withdrawn technology need');
    const identity = { chainId: need.chainId, needId };
    return createRecord(write, techMatchKind, need.chainId, identity, fields);
  });
  return c.json(techMatchRecordSchema.parse(answer.body), 201);
};

export const updateMatch = updateRoute({
  path: '/tech-matches/{id}',
  summary: 'Change a technology match or move it to its next stage',
  params: idParamSchema,
  body: techMatchBodySchema,
  record: techMatchRecordSchema,
});

export const handleUpdateMatch: AppRouteHandler<typeof updateMatch> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, techMatchKind, String(id), version, values, 'Technology match'),
  );
  return c.json(techMatchRecordSchema.parse(record), 200);
};

// ---------------------------------------------------------------- supplies and assistants

export const createSupply = createRecordRoute({
  path: '/tech-supplies',
  summary: 'Add a technology supplier (技术供给: institute, university, team); administrators',
  params: noParams,
  body: techSupplyCreateSchema,
  record: techSupplyRecordSchema,
});

export const handleCreateSupply: AppRouteHandler<typeof createSupply> = async (c) => {
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, (write) =>
    createRecord(write, techSupplyKind, null, {}, values),
  );
  return c.json(techSupplyRecordSchema.parse(answer.body), 201);
};

export const updateSupply = updateRoute({
  path: '/tech-supplies/{id}',
  summary: 'Change a technology supplier; administrators',
  params: idParamSchema,
  body: techSupplyBodySchema,
  record: techSupplyRecordSchema,
});

export const handleUpdateSupply: AppRouteHandler<typeof updateSupply> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, techSupplyKind, String(id), version, values, 'Technology supplier'),
  );
  return c.json(techSupplyRecordSchema.parse(record), 200);
};

export const createAssistant = createRecordRoute({
  path: '/tech-assistants',
  summary: 'Add a 科技助理 serving chains the editor may change',
  params: noParams,
  body: techAssistantCreateSchema,
  record: techAssistantRecordSchema,
});

export const handleCreateAssistant: AppRouteHandler<typeof createAssistant> = async (c) => {
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, (write) =>
    createRecord(write, techAssistantKind, values.chainIds[0] ?? null, {}, values),
  );
  return c.json(techAssistantRecordSchema.parse(answer.body), 201);
};

export const updateAssistant = updateRoute({
  path: '/tech-assistants/{id}',
  summary: 'Change a 科技助理, their chains and firms (every chain before and after needs scope)',
  params: idParamSchema,
  body: techAssistantBodySchema,
  record: techAssistantRecordSchema,
});

export const handleUpdateAssistant: AppRouteHandler<typeof updateAssistant> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, techAssistantKind, String(id), version, values, 'Technology assistant'),
  );
  return c.json(techAssistantRecordSchema.parse(record), 200);
};

export const withdrawals = [
  withdrawalRoutes({
    path: '/tech-needs/{id}',
    noun: 'technology need',
    what: 'Technology need',
    kind: anyKind(techNeedKind),
    record: techNeedRecordSchema,
  }),
  withdrawalRoutes({
    path: '/tech-supplies/{id}',
    noun: 'technology supplier',
    what: 'Technology supplier',
    kind: anyKind(techSupplyKind),
    record: techSupplyRecordSchema,
  }),
  withdrawalRoutes({
    path: '/tech-assistants/{id}',
    noun: 'technology assistant',
    what: 'Technology assistant',
    kind: anyKind(techAssistantKind),
    record: techAssistantRecordSchema,
  }),
  withdrawalRoutes({
    path: '/tech-matches/{id}',
    noun: 'technology match',
    what: 'Technology match',
    kind: anyKind(techMatchKind),
    record: techMatchRecordSchema,
  }),
];
