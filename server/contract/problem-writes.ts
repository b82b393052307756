import { z } from 'zod';
import {
  idValueSchema,
  isoDateSchema,
  optionalText,
  problemStatusSchema,
  requiredText,
  versionSchema,
  writtenFields,
} from './common';

/*
 * A problem's write: its body (the form's and the import's), and the record the writes answer
 * with. The workflow's steps have theirs in `problem-steps.ts`; `writes.ts` re-exports these
 * beside the other records' writes.
 */

const optionalDate = isoDateSchema.nullable();

const problemFields = {
  firmId: idValueSchema.nullable(),
  /**
   * The 座谈会 it was raised at: of the problem's chain or city-wide, held by then. Left out, it
   * is kept as it is (an import's sheet has no meeting column).
   */
  meetingId: idValueSchema.nullable().optional(),
  title: requiredText(200),
  detail: optionalText(2000),
  category: requiredText(50),
  raisedOn: isoDateSchema,
  ownerDepartmentId: idValueSchema.nullable(),
  deadline: optionalDate,
  status: problemStatusSchema,
  resolvedOn: optionalDate,
  feedback: optionalText(2000),
};
type ProblemFlow = Pick<
  z.output<z.ZodObject<typeof problemFields>>,
  'status' | 'ownerDepartmentId' | 'deadline' | 'resolvedOn' | 'feedback' | 'raisedOn'
>;
/** 收集—交办—办理—反馈: assigned needs an owner and a deadline; resolved needs the feedback. */
function checkProblemFlow(problem: ProblemFlow, context: z.RefinementCtx) {
  const need = (field: keyof ProblemFlow, message: string) => {
    if (!problem[field]) context.addIssue({ code: 'custom', path: [field], message });
  };
  if (problem.status !== 'open') {
    need('ownerDepartmentId', 'is required once assigned');
    need('deadline', 'is required once assigned');
  }
  if (problem.status === 'resolved') {
    need('resolvedOn', 'is required once resolved');
    need('feedback', 'is required once resolved');
  } else if (problem.resolvedOn) {
    context.addIssue({
      code: 'custom',
      path: ['resolvedOn'],
      message: 'must be empty until resolved',
    });
  }
  if (problem.deadline && problem.deadline < problem.raisedOn) {
    context.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: 'must not be before the day it was raised',
    });
  }
}
export const problemCreateSchema = z
  .object(problemFields)
  .superRefine(checkProblemFlow)
  .meta({ id: 'ProblemCreate' });
/**
 * A change of a problem's facts (收集). Its status, owner department, deadline and feedback
 * change only through the workflow's steps (`problem-steps.ts`), which keep the department's
 * progress coherent with them; fields of theirs sent here are ignored.
 */
export const problemBodySchema = z
  .object({
    firmId: problemFields.firmId,
    meetingId: problemFields.meetingId,
    title: problemFields.title,
    detail: problemFields.detail,
    category: problemFields.category,
    raisedOn: problemFields.raisedOn,
    version: versionSchema,
  })
  .meta({ id: 'ProblemBody' });
export const problemRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int().nullable(),
    firmId: z.number().int().nullable(),
    meetingId: z.number().int().nullable(),
    title: z.string(),
    detail: z.string().nullable(),
    category: z.string(),
    raisedOn: isoDateSchema,
    ownerDepartmentId: z.number().int().nullable(),
    deadline: isoDateSchema.nullable(),
    status: problemStatusSchema,
    resolvedOn: isoDateSchema.nullable(),
    feedback: z.string().nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ProblemRecord' });
