import { z } from 'zod';
import {
  chainCategorySchema,
  fiveOneStateSchema,
  indicatorRatingSchema,
  isoDateTimeSchema,
  ragStatusSchema,
} from './common';
import { meetingFiguresSchema } from './meetings';
import { reportScheduleSchema } from './report-cadence';
import { technologyFiguresSchema } from './technology';

export const datasetSchema = z
  .object({
    isSample: z.boolean(),
    cityName: z.string(),
    cityNameEn: z.string().nullable(),
    loadedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Dataset' });

/** City-wide figures, each computed from the records (never stored). */
export const headlineSchema = z
  .object({
    chains: z.object({
      total: z.number().int(),
      strategic: z.number().int(),
      future: z.number().int(),
    }),
    firms: z.object({
      total: z.number().int(),
      highTech: z.number().int(),
      techSme: z.number().int(),
      littleGiant: z.number().int(),
      singleChampion: z.number().int(),
      /** 千亿级 */
      over100b: z.number().int(),
      /** 百亿级 (not counting 千亿级) */
      over10b: z.number().int(),
    }),
    specialtyParks: z.number().int(),
    clusters: z.object({
      national: z.number().int(),
      provincial: z.number().int(),
      smeFeature: z.number().int(),
    }),
    /** 招商 projects signed: count and total investment in 亿元. */
    promotionProjects: z.object({ count: z.number().int(), investmentYi: z.number() }),
    problems: z.object({
      total: z.number().int(),
      resolved: z.number().int(),
      /** resolved / total, 0–1 (0 when there are none). */
      resolutionRate: z.number(),
      unresolved: z.number().int(),
      overdue: z.number().int(),
    }),
    /** 座谈会: meetings held, the firms that came, the problems raised there, those resolved. */
    meetings: meetingFiguresSchema,
    /** 科技创新: 科技助理, matches and transfers, the 云上两城 network, high-tech firms. */
    technology: technologyFiguresSchema,
  })
  .meta({ id: 'Headline' });

export const fiveOnesStatesSchema = z
  .object({
    chain_map: fiveOneStateSchema,
    leader_firm: fiveOneStateSchema,
    chief_scientist: fiveOneStateSchema,
    task_force: fiveOneStateSchema,
    policy_package: fiveOneStateSchema,
  })
  .meta({ id: 'FiveOnesStates' });

export const keyIndicatorSchema = z
  .object({
    indicatorId: z.number().int(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    unit: z.string(),
    /** The latest period with a value, `2026Q1`; null when nothing is reported yet. */
    period: z.string().nullable(),
    value: z.number().nullable(),
    target: z.number().nullable(),
    warningThreshold: z.number().nullable(),
    excellentThreshold: z.number().nullable(),
    rating: indicatorRatingSchema.nullable(),
    /** The last eight periods, oldest first, for the sparkline. */
    series: z.array(
      z.object({ period: z.string(), value: z.number().nullable(), target: z.number() }),
    ),
  })
  .meta({ id: 'KeyIndicator' });

export const chainAlertSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('stale_status'), days: z.number().int() }),
    z.object({ kind: z.literal('overdue_problems'), count: z.number().int() }),
    z.object({ kind: z.literal('stalled_projects'), count: z.number().int() }),
  ])
  .meta({ id: 'ChainAlert' });

export const overviewChainSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    category: chainCategorySchema,
    leaderName: z.string(),
    status: ragStatusSchema,
    statusNote: z.string().nullable(),
    statusUpdatedAt: isoDateTimeSchema,
    fiveOnes: fiveOnesStatesSchema,
    keyIndicators: z.array(keyIndicatorSchema),
    counts: z.object({
      firms: z.number().int(),
      parks: z.number().int(),
      projects: z.number().int(),
      /** Not yet resolved: open or assigned. */
      unresolvedProblems: z.number().int(),
      overdueProblems: z.number().int(),
    }),
    alerts: z.array(chainAlertSchema),
    /** Its task force's status reports against their cadence; null without a task force. */
    reportSchedule: reportScheduleSchema.nullable(),
  })
  .meta({ id: 'OverviewChain' });

export const overviewSchema = z
  .object({
    dataset: datasetSchema.nullable(),
    /** The city's "today" (Asia/Shanghai) that overdue and stale are judged against. */
    asOf: z.iso.date(),
    headline: headlineSchema,
    chains: z.array(overviewChainSchema),
  })
  .meta({ id: 'Overview' });

export type Dataset = z.infer<typeof datasetSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type FiveOnesStates = z.infer<typeof fiveOnesStatesSchema>;
export type KeyIndicator = z.infer<typeof keyIndicatorSchema>;
export type ChainAlert = z.infer<typeof chainAlertSchema>;
export type OverviewChain = z.infer<typeof overviewChainSchema>;
export type Overview = z.infer<typeof overviewSchema>;
