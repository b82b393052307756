import { z } from 'zod';
import {
  editableSchema,
  indicatorDirectionSchema,
  indicatorFrequencySchema,
  indicatorRatingSchema,
  isoDateSchema,
  isoDateTimeSchema,
  namedRefSchema,
} from './common';

export const indicatorValueSchema = z
  .object({
    id: z.number().int(),
    /** `2026Q1` */
    period: z.string(),
    value: z.number().nullable(),
    target: z.number(),
    warningThreshold: z.number(),
    excellentThreshold: z.number(),
    /** Null while no value is reported. */
    rating: indicatorRatingSchema.nullable(),
    /** The day the figure is as of, within its quarter; null while no figure is in. */
    asOf: isoDateSchema.nullable(),
    /** Where the figure comes from: 统计局月报, 企业填报. */
    source: z.string().nullable(),
    /** Who last entered it; null for figures loaded with the sample city. */
    enteredBy: z.object({ username: z.string(), displayName: z.string() }).nullable(),
    enteredAt: isoDateTimeSchema.nullable(),
    ...editableSchema.shape,
  })
  .meta({ id: 'IndicatorValue' });

export const indicatorSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    unit: z.string(),
    direction: indicatorDirectionSchema,
    frequency: indicatorFrequencySchema,
    source: z.string(),
    ownerDepartment: namedRefSchema.nullable(),
    isKey: z.boolean(),
    sortOrder: z.number().int(),
    ...editableSchema.shape,
    /** Oldest period first. */
    values: z.array(indicatorValueSchema),
  })
  .meta({ id: 'Indicator' });

export const chainIndicatorsSchema = z
  .object({ chain: namedRefSchema, indicators: z.array(indicatorSchema) })
  .meta({ id: 'ChainIndicators' });

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ChainIndicators = z.infer<typeof chainIndicatorsSchema>;
