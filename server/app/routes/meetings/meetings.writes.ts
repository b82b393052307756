import { idParamSchema } from '../../../contract/common';
import {
  meetingBodySchema,
  meetingCreateSchema,
  meetingRecordSchema,
} from '../../../contract/meetings';
import type { AppRouteHandler } from '../../context';
import { meetingKind } from '../../writes/kinds';
import { anyKind } from '../../writes/kinds/support';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { withdrawalRoutes } from '../withdrawal-routes';
import { createRecordRoute, updateRoute } from '../write-route';

export const createMeeting = createRecordRoute({
  path: '/meetings',
  summary: 'Record a 座谈会 of a chain (its task force) or city-wide (administrators)',
  params: idParamSchema.pick({}),
  body: meetingCreateSchema,
  record: meetingRecordSchema,
});

export const handleCreateMeeting: AppRouteHandler<typeof createMeeting> = async (c) => {
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, (write) =>
    createRecord(write, meetingKind, values.chainId, {}, values),
  );
  return c.json(meetingRecordSchema.parse(answer.body), 201);
};

export const updateMeeting = updateRoute({
  path: '/meetings/{id}',
  summary: 'Change a meeting and the firms that attended (its chain before and after needs scope)',
  params: idParamSchema,
  body: meetingBodySchema,
  record: meetingRecordSchema,
});

export const handleUpdateMeeting: AppRouteHandler<typeof updateMeeting> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, meetingKind, String(id), version, values, 'Meeting'),
  );
  return c.json(meetingRecordSchema.parse(record), 200);
};

/** 撤回 / 恢复: a meeting entered by mistake leaves the lists and the article's figures. */
export const meetingWithdrawal = withdrawalRoutes({
  path: '/meetings/{id}',
  noun: 'meeting',
  what: 'Meeting',
  kind: anyKind(meetingKind),
  record: meetingRecordSchema,
});
