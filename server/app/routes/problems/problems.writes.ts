import { idParamSchema } from '../../../contract/common';
import {
  problemBodySchema,
  problemCreateSchema,
  problemRecordSchema,
} from '../../../contract/writes';
import type { AppRouteHandler } from '../../context';
import { chainMustExist } from '../../writes/chain-exists';
import { problemFactsKind, problemKind } from '../../writes/kinds';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { createRecordRoute, updateRoute } from '../write-route';
import { withdrawalRoutes } from '../withdrawal-routes';
import { withdrawnProblemRecordSchema } from '../../../contract/chain-map';
import { anyKind } from '../../writes/kinds/support';

export const createProblem = createRecordRoute({
  path: '/chains/{id}/problems',
  summary: 'Record a firm’s problem (收集) for a chain',
  params: idParamSchema,
  body: problemCreateSchema,
  record: problemRecordSchema,
});

export const handleCreateProblem: AppRouteHandler<typeof createProblem> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    await chainMustExist(write, id);
    return createRecord(write, problemKind, id, { chainId: id }, values);
  });
  return c.json(problemRecordSchema.parse(answer.body), 201);
};

export const updateProblem = updateRoute({
  path: '/problems/{id}',
  summary:
    'Change a problem’s facts (title, firm, category, detail, raised on); its status, department, deadline and feedback change through its steps',
  params: idParamSchema,
  body: problemBodySchema,
  record: problemRecordSchema,
});

export const handleUpdateProblem: AppRouteHandler<typeof updateProblem> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, problemFactsKind, String(id), version, values, 'Problem'),
  );
  return c.json(problemRecordSchema.parse(record), 200);
};

/** 撤回 / 恢复: a problem entered by mistake is hidden from every list and count, kept, restorable. */
export const problemWithdrawal = withdrawalRoutes({
  path: '/problems/{id}',
  noun: 'problem',
  what: 'Problem',
  kind: anyKind(problemKind),
  record: withdrawnProblemRecordSchema,
});
