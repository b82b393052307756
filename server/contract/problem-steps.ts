import { z } from 'zod';
import { isoDateSchema } from './common';
import { handlingStageSchema } from './problems';
import {
  idValueSchema,
  optionalText,
  problemRecordSchema,
  requiredText,
  versionSchema,
} from './writes';

/*
 * 收集—交办—办理—反馈: the steps a problem takes after it is collected, one write each, each naming
 * the version it was shown with. 交办 and 企业反馈 are the chain's (its task force, the admins);
 * 受理, 办理意见 and 办理完毕 are the owner department's.
 */

export const problemAssignBodySchema = z
  .object({
    ownerDepartmentId: idValueSchema,
    deadline: isoDateSchema,
    note: optionalText(500),
    version: versionSchema,
  })
  .meta({ id: 'ProblemAssignBody' });

/** 受理 and 办理完毕 say only which version they saw. */
export const problemStepBodySchema = z
  .object({ version: versionSchema })
  .meta({ id: 'ProblemStepBody' });

export const problemResponseBodySchema = z
  .object({ response: requiredText(2000), version: versionSchema })
  .meta({ id: 'ProblemResponseBody' });

/** The firm's word: satisfied resolves the problem; not satisfied sends it back, saying why. */
export const problemFeedbackBodySchema = z
  .object({
    satisfied: z.boolean({ error: 'must be true or false' }),
    feedback: requiredText(2000),
    version: versionSchema,
  })
  .meta({ id: 'ProblemFeedbackBody' });

export const problemStepRecordSchema = problemRecordSchema
  .extend({
    /** The owner department's progress; null unless assigned. */
    handlingStage: handlingStageSchema.nullable(),
    response: z.string().nullable(),
    /** The last step's note: the 交办 note or why the firm was not satisfied. */
    stepNote: z.string().nullable(),
  })
  .meta({ id: 'ProblemStepRecord' });

export type ProblemAssignBody = z.output<typeof problemAssignBodySchema>;
export type ProblemFeedbackBody = z.output<typeof problemFeedbackBodySchema>;
