import { z } from 'zod';
import { isoDateSchema, namedRefSchema } from './common';
import { funnelSchema } from './investment';
import { datasetSchema } from './overview';
import { stageTotalsSchema } from './projects';

/*
 * 驾驶舱大屏: what the wall screen shows beside the overview's figures, in one read, so a screen
 * left on for hours makes two requests per refresh rather than one per panel. Every list is
 * short (the newest few, the top few): the screen never downloads the city's rows.
 */

/** How many writes have changed the data, and the city's day: the screen refetches when either moves. */
export const screenVersionSchema = z
  .object({
    dataVersion: z.number().int(),
    asOf: isoDateSchema,
  })
  .meta({ id: 'ScreenVersion' });

/** A calendar month, `2026-03`. */
const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);

export const screenProblemSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    chain: namedRefSchema.nullable(),
    department: namedRefSchema.nullable(),
    deadline: isoDateSchema,
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'ScreenProblem' });

export const screenParkSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** Firms registered in the park, not withdrawn. */
    firms: z.number().int(),
    outputYi: z.number().nullable(),
  })
  .meta({ id: 'ScreenPark' });

export const screenSchema = z
  .object({
    dataVersion: z.number().int(),
    asOf: isoDateSchema,
    dataset: datasetSchema.nullable(),
    investment: z.object({
      /** The city's 招商 funnel, as on the investment screen. */
      funnel: funnelSchema,
      /** 招商 projects signed per month, the last twelve months (this one included), oldest first. */
      signedByMonth: z.array(
        z.object({ month: monthSchema, count: z.number().int(), investmentYi: z.number() }),
      ),
      /** Open leads not updated for longer than the stalled limit: the longest-idle few, and how many. */
      stalledLeads: z.object({
        count: z.number().int(),
        items: z.array(
          z.object({
            id: z.number().int(),
            targetFirm: z.string(),
            chain: namedRefSchema,
            updatedOn: isoDateSchema,
          }),
        ),
      }),
    }),
    problems: z.object({
      /**
       * Per month of raising, the last twelve: how many were raised and how many of those are
       * resolved by now (the rate is resolved / raised, 0 for a month without problems).
       */
      byMonth: z.array(
        z.object({
          month: monthSchema,
          raised: z.number().int(),
          resolved: z.number().int(),
          resolutionRate: z.number(),
        }),
      ),
      /** 督办: the departments with problems on the clock, the most red first. */
      overdueByDepartment: z.array(
        z.object({ department: namedRefSchema, amber: z.number().int(), red: z.number().int() }),
      ),
      /** Red (escalated) problems: how many, and those most recently turned red. */
      redCount: z.number().int(),
      newestRed: z.array(screenProblemSchema),
    }),
    projectsByStage: z.array(stageTotalsSchema),
    /** The parks (not withdrawn) by district, districts by name, parks by output. */
    districts: z.array(z.object({ district: z.string(), parks: z.array(screenParkSchema) })),
  })
  .meta({ id: 'Screen' });

export type ScreenVersion = z.infer<typeof screenVersionSchema>;
export type Screen = z.infer<typeof screenSchema>;
export type ScreenProblem = z.infer<typeof screenProblemSchema>;
export type ScreenPark = z.infer<typeof screenParkSchema>;
