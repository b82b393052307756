import { z } from 'zod';
import {
  editableSchema,
  isoDateSchema,
  isoDateTimeSchema,
  namedRefSchema,
  pagedSchema,
  problemStatusSchema,
} from './common';
import {
  booleanFilter,
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
} from './query';
import { defaultSorts, problemSorts } from './list-params';
import { handlingStages, problemSteps, supervisionLevels } from './domain';
import { supervisionLevelSchema } from './supervision';

export const handlingStageSchema = z.enum(handlingStages);

export const problemListQuerySchema = z.object({
  /** Part of the title or of the firm's name, any case. */
  q: textFilter,
  chain: idFilter,
  status: enumFilter(problemStatusSchema.options),
  /** The owner department's id. */
  department: idFilter,
  /** Only assigned problems at this stage of their department's handling. */
  stage: enumFilter(handlingStages),
  /** Exactly this category. */
  category: textFilter,
  /** `true`: only overdue problems; `false`: only the others. */
  overdue: booleanFilter,
  /** 督办: only problems at this level (`none`: not on the clock). */
  supervision: enumFilter(supervisionLevels),
  ...sortQuerySchema(problemSorts, defaultSorts.problems).shape,
  ...pageQuerySchema.shape,
});

export const problemListItemSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    category: z.string(),
    chain: namedRefSchema.nullable(),
    firm: namedRefSchema.nullable(),
    ownerDepartment: namedRefSchema.nullable(),
    raisedOn: isoDateSchema,
    deadline: isoDateSchema.nullable(),
    status: problemStatusSchema,
    /** The owner department's progress while assigned (受理 · 办理 · 办结); null otherwise. */
    stage: handlingStageSchema.nullable(),
    resolvedOn: isoDateSchema.nullable(),
    /** Not resolved and past its deadline. */
    overdue: z.boolean(),
    /** Whole days past the deadline on the city's calendar while overdue; null otherwise. */
    overdueDays: z.number().int().nullable(),
    /** 督办: amber from the deadline day, red after the configured days overdue. */
    supervision: supervisionLevelSchema,
  })
  .meta({ id: 'ProblemListItem' });

export const problemPageSchema = pagedSchema(problemListItemSchema, 'ProblemPage');

/** One step of a problem's timeline, as its audit trail recorded it. */
export const problemTimelineEntrySchema = z
  .object({
    step: z.enum(['create', ...problemSteps]),
    at: isoDateTimeSchema,
    /** Who took the step (their display name, or the username of an account since removed). */
    actor: z.string(),
    /** 交办: the department and deadline it was given. */
    department: namedRefSchema.nullable(),
    deadline: isoDateSchema.nullable(),
    /** 企业反馈: whether the firm was satisfied. */
    satisfied: z.boolean().nullable(),
    /** The 交办 note, the response, the firm's feedback or why it was not satisfied. */
    note: z.string().nullable(),
  })
  .meta({ id: 'ProblemTimelineEntry' });

export const problemDetailSchema = problemListItemSchema
  .extend({
    detail: z.string().nullable(),
    feedback: z.string().nullable(),
    /** The 座谈会 it was raised at. */
    meeting: z
      .object({ id: z.number().int(), title: z.string(), heldOn: isoDateSchema })
      .nullable(),
    /** The owner department's response (办理意见). */
    response: z.string().nullable(),
    /** Every step it took, oldest first: 收集, 交办, 受理, 办理意见, 办理完毕, 企业反馈. */
    timeline: z.array(problemTimelineEntrySchema),
    ...editableSchema.shape,
    /** When it was withdrawn (撤回): its page still opens, and says so. */
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ProblemDetail' });

/** The KPIs of a set of problems. */
export const problemCountsSchema = z
  .object({
    total: z.number().int(),
    open: z.number().int(),
    assigned: z.number().int(),
    resolved: z.number().int(),
    /** resolved / total, 0–1 (0 when there are none). */
    resolutionRate: z.number(),
    overdue: z.number().int(),
  })
  .meta({ id: 'ProblemCounts' });

export const problemSummarySchema = problemCountsSchema
  .extend({
    /** Per owner department (null: not assigned to one), most problems first. */
    byDepartment: z.array(
      z.object({
        department: namedRefSchema.nullable(),
        total: z.number().int(),
        unresolved: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ProblemSummary' });

export type ProblemSort = (typeof problemSorts)[number];
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;
export type ProblemListItem = z.infer<typeof problemListItemSchema>;
export type ProblemPage = z.infer<typeof problemPageSchema>;
export type ProblemDetail = z.infer<typeof problemDetailSchema>;
export type ProblemTimelineEntry = z.infer<typeof problemTimelineEntrySchema>;
export type HandlingStage = z.infer<typeof handlingStageSchema>;
export type ProblemCounts = z.infer<typeof problemCountsSchema>;
export type ProblemSummary = z.infer<typeof problemSummarySchema>;
