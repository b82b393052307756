import { idParamSchema } from '../../../contract/common';
import {
  problemAssignBodySchema,
  problemFeedbackBodySchema,
  problemResponseBodySchema,
  problemStepBodySchema,
  problemStepRecordSchema,
} from '../../../contract/problem-steps';
import type { AppRouteHandler } from '../../context';
import { runWrite } from '../../writes/run-write';
import { updateRoute } from '../write-route';
import {
  acceptProblem,
  assignProblem,
  markProblemHandled,
  recordProblemFeedback,
  respondToProblem,
} from './problem-steps';

const stepRoute = <Body extends Parameters<typeof updateRoute>[0]['body']>(
  step: string,
  summary: string,
  body: Body,
) =>
  updateRoute({
    method: 'post',
    path: `/problems/{id}/${step}`,
    summary,
    params: idParamSchema,
    body,
    record: problemStepRecordSchema,
  });

export const assign = stepRoute(
  'assign',
  'Assign a problem to a department with a deadline (交办), or to another one (the chain’s task force, admins)',
  problemAssignBodySchema,
);
export const accept = stepRoute(
  'accept',
  'Accept a problem assigned to one’s department (受理; its department users)',
  problemStepBodySchema,
);
export const respond = stepRoute(
  'response',
  'Write the department’s response to an accepted problem (办理意见; its department users)',
  problemResponseBodySchema,
);
export const handled = stepRoute(
  'handled',
  'Mark an accepted problem handled, waiting for the firm’s feedback (办理完毕; its department users)',
  problemStepBodySchema,
);
export const feedback = stepRoute(
  'feedback',
  'Record the firm’s feedback on a handled problem (企业反馈): satisfied resolves it, not satisfied sends it back (the chain’s task force, admins)',
  problemFeedbackBodySchema,
);

export const handleAssign: AppRouteHandler<typeof assign> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const record = await runWrite(c, (write) => assignProblem(write, id, body));
  return c.json(problemStepRecordSchema.parse(record), 200);
};

export const handleAccept: AppRouteHandler<typeof accept> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) => acceptProblem(write, id, version));
  return c.json(problemStepRecordSchema.parse(record), 200);
};

export const handleRespond: AppRouteHandler<typeof respond> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, response } = c.req.valid('json');
  const record = await runWrite(c, (write) => respondToProblem(write, id, version, response));
  return c.json(problemStepRecordSchema.parse(record), 200);
};

export const handleHandled: AppRouteHandler<typeof handled> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) => markProblemHandled(write, id, version));
  return c.json(problemStepRecordSchema.parse(record), 200);
};

export const handleFeedback: AppRouteHandler<typeof feedback> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const record = await runWrite(c, (write) => recordProblemFeedback(write, id, body));
  return c.json(problemStepRecordSchema.parse(record), 200);
};
