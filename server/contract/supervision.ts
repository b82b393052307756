import { z } from 'zod';
import { isoDateSchema, namedRefSchema } from './common';
import { supervisionLevels } from './domain';

/**
 * 督办: where an unresolved problem with a deadline stands on the clock. `amber` from its
 * deadline day until it is `redAfterDays` days overdue, `red` after that; `none` otherwise
 * (resolved, no deadline, or the deadline still ahead).
 */
export const supervisionLevelSchema = z.enum(supervisionLevels);

const levelCountsShape = {
  amber: z.number().int(),
  red: z.number().int(),
};

export const supervisionSummarySchema = z
  .object({
    /** The city's day the levels were judged on. */
    asOf: isoDateSchema,
    redAfterDays: z.number().int(),
    total: z.object(levelCountsShape),
    /** Every department, by name, with its supervised problems across all chains. */
    departments: z.array(z.object({ department: namedRefSchema, ...levelCountsShape })),
    /** Every chain, in its order, with its supervised problems (red: escalated to the leader). */
    chains: z.array(z.object({ chain: namedRefSchema, ...levelCountsShape })),
  })
  .meta({ id: 'SupervisionSummary' });

export const supervisedProblemSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    chain: namedRefSchema.nullable(),
    firm: namedRefSchema.nullable(),
    deadline: isoDateSchema,
    /** Whole days past the deadline on the city's calendar; 0 on the deadline day. */
    daysOverdue: z.number().int(),
    level: supervisionLevelSchema.exclude(['none']),
  })
  .meta({ id: 'SupervisedProblem' });

/** One department's 督办单: its amber and red problems across chains, oldest deadline first. */
export const supervisionSheetSchema = z
  .object({
    asOf: isoDateSchema,
    redAfterDays: z.number().int(),
    department: namedRefSchema,
    problems: z.array(supervisedProblemSchema),
  })
  .meta({ id: 'SupervisionSheet' });

export type SupervisionLevel = z.infer<typeof supervisionLevelSchema>;
export type SupervisionSummary = z.infer<typeof supervisionSummarySchema>;
export type SupervisedProblem = z.infer<typeof supervisedProblemSchema>;
export type SupervisionSheet = z.infer<typeof supervisionSheetSchema>;
