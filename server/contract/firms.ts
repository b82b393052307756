import { z } from 'zod';
import {
  editableSchema,
  firmTagSchema,
  isoDateSchema,
  linkStrengthSchema,
  namedRefSchema,
  pagedSchema,
  revenueBandSchema,
  segmentPositionSchema,
} from './common';
import { problemCountsSchema, problemListItemSchema } from './problems';
import { projectListItemSchema } from './projects';
import { enumFilter, idFilter, pageQuerySchema, sortQuerySchema, textFilter } from './query';
import { defaultSorts, firmSorts } from './list-params';

export const firmListQuerySchema = z.object({
  /** Part of the name (Chinese or English) or of the credit code, any case. */
  q: textFilter,
  chain: idFilter,
  park: idFilter,
  tag: enumFilter(firmTagSchema.options),
  band: enumFilter(revenueBandSchema.options),
  ...sortQuerySchema(firmSorts, defaultSorts.firms).shape,
  ...pageQuerySchema.shape,
});

/** A firm named in a list of firms: enough to link to it and show its badges. */
export const firmRefSchema = namedRefSchema.extend({ tags: z.array(firmTagSchema) }).meta({
  id: 'FirmRef',
});

export const firmListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** 统一社会信用代码 */
    creditCode: z.string().nullable(),
    park: namedRefSchema.nullable(),
    chains: z.array(namedRefSchema),
    tags: z.array(firmTagSchema),
    revenueBand: revenueBandSchema,
    /** 亿元 */
    revenueYi: z.number().nullable(),
    foundedYear: z.number().int().nullable(),
    employees: z.number().int().nullable(),
  })
  .meta({ id: 'FirmListItem' });

export const firmPageSchema = pagedSchema(firmListItemSchema, 'FirmPage');

export const firmDetailSchema = firmListItemSchema
  .extend({
    ...editableSchema.shape,
    /** The chain links (环节) the firm works in. */
    links: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        nameEn: z.string().nullable(),
        strength: linkStrengthSchema,
        chain: namedRefSchema,
        segment: z.object({
          id: z.number().int(),
          position: segmentPositionSchema,
          name: z.string(),
          nameEn: z.string().nullable(),
        }),
      }),
    ),
    /** The chains this firm is the chain-leader firm (链主) of; empty when none. */
    leaderOf: z.array(
      z.object({
        chain: namedRefSchema,
        reason: z.string(),
        designatedOn: isoDateSchema.nullable(),
      }),
    ),
    projects: z.array(projectListItemSchema),
    problems: z.object({
      counts: problemCountsSchema,
      /** The most recently raised, newest first. */
      recent: z.array(problemListItemSchema),
    }),
  })
  .meta({ id: 'FirmDetail' });

export type FirmSort = (typeof firmSorts)[number];
export type FirmListQuery = z.infer<typeof firmListQuerySchema>;
export type FirmRef = z.infer<typeof firmRefSchema>;
export type FirmListItem = z.infer<typeof firmListItemSchema>;
export type FirmPage = z.infer<typeof firmPageSchema>;
export type FirmDetail = z.infer<typeof firmDetailSchema>;
