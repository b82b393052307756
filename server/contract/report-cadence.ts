import { z } from 'zod';
import { isoDateSchema } from './common';
import * as domain from './domain';

export const reportCadenceSchema = z.enum(domain.reportCadences);

/** One reporting period: a calendar week, a two-week period or a calendar month. */
export const reportPeriodSchema = z
  .object({ startsOn: isoDateSchema, endsOn: isoDateSchema })
  .meta({ id: 'ReportPeriod' });

/** A task force's status reports judged against its cadence on the city's today. */
export const reportScheduleSchema = z
  .object({
    cadence: reportCadenceSchema,
    /** The period today is in; `filed` once a report dated in it exists. */
    current: reportPeriodSchema.extend({ filed: z.boolean() }),
    /** The current period's last day, or the next period's once the current one is filed. */
    nextDueOn: isoDateSchema,
    /** Whole days from the city's today to `nextDueOn` (0 on the day itself). */
    dueInDays: z.number().int(),
    /**
     * Ended periods without a report, oldest first: at most the last eight, none before the
     * period of the task force's first report.
     */
    missing: z.array(reportPeriodSchema),
  })
  .meta({ id: 'ReportSchedule' });

export type ReportCadence = z.infer<typeof reportCadenceSchema>;
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;
