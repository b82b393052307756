import { z } from 'zod';
import {
  editableSchema,
  indicatorDirectionSchema,
  indicatorFrequencySchema,
  indicatorRatingSchema,
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
