import { z } from 'zod';
import { editableSchema, namedRefSchema, pagedSchema } from './common';
import { projectListItemSchema } from './projects';
import { booleanFilter, idFilter, pageQuerySchema, sortQuerySchema, textFilter } from './query';
import { defaultSorts, parkSorts } from './list-params';

export const parkListQuerySchema = z.object({
  /** Part of the name (Chinese or English), any case. */
  q: textFilter,
  /** Exactly this district. */
  district: textFilter,
  /** Parks hosting this chain. */
  chain: idFilter,
  /** `true`: only the specialty parks (特色产业园); `false`: only the others. */
  specialty: booleanFilter,
  ...sortQuerySchema(parkSorts, defaultSorts.parks).shape,
  ...pageQuerySchema.shape,
});

export const parkSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    district: z.string(),
    isSpecialty: z.boolean(),
    areaKm2: z.number().nullable(),
    /** 企业满园: share of the industrial land in use, 0–1. */
    occupancyRate: z.number().nullable(),
    /** 亿元 */
    outputYi: z.number().nullable(),
  })
  .meta({ id: 'Park' });

/** A chain a park hosts; `isMain` for the park's main (主导) chains, listed first. */
export const hostedChainSchema = namedRefSchema
  .extend({ isMain: z.boolean() })
  .meta({ id: 'HostedChain' });

export const parkListItemSchema = parkSchema
  .extend({
    chains: z.array(hostedChainSchema),
    firmCount: z.number().int(),
    projectCount: z.number().int(),
  })
  .meta({ id: 'ParkListItem' });

export const parkPageSchema = pagedSchema(parkListItemSchema, 'ParkPage');

export const parkDetailSchema = parkSchema
  .extend({
    ...editableSchema.shape,
    chains: z.array(hostedChainSchema),
    counts: z.object({
      firms: z.number().int(),
      projects: z.number().int(),
      /** 亿元, all the park's projects together. */
      projectInvestmentYi: z.number(),
    }),
    projects: z.array(projectListItemSchema),
  })
  .meta({ id: 'ParkDetail' });

export type ParkSort = (typeof parkSorts)[number];
export type ParkListQuery = z.infer<typeof parkListQuerySchema>;
export type Park = z.infer<typeof parkSchema>;
export type HostedChain = z.infer<typeof hostedChainSchema>;
export type ParkListItem = z.infer<typeof parkListItemSchema>;
export type ParkPage = z.infer<typeof parkPageSchema>;
export type ParkDetail = z.infer<typeof parkDetailSchema>;
