import { z } from 'zod';
import {
  amountSchema,
  editableSchema,
  idValueSchema,
  isoDateTimeSchema,
  namedRefSchema,
  optionalText,
  pagedSchema,
  requiredText,
  versionSchema,
  writtenFields,
} from './common';
import { projectListItemSchema } from './projects';
import {
  booleanFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
  withdrawnFilter,
} from './query';
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
  /** Withdrawn parks are left out unless `include` (all) or `only`. */
  withdrawn: withdrawnFilter,
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
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ParkListItem' });

export const parkPageSchema = pagedSchema(parkListItemSchema, 'ParkPage');

export const parkDetailSchema = parkSchema
  .extend({
    ...editableSchema.shape,
    chains: z.array(hostedChainSchema),
    /** Set once withdrawn (撤回): the park is kept on record, left out of lists. */
    withdrawnAt: isoDateTimeSchema.nullable(),
    counts: z.object({
      firms: z.number().int(),
      projects: z.number().int(),
      /** 亿元, all the park's projects together. */
      projectInvestmentYi: z.number(),
    }),
    projects: z.array(projectListItemSchema),
  })
  .meta({ id: 'ParkDetail' });

// ---------------------------------------------------------------- writes
const parkFields = {
  name: requiredText(100),
  nameEn: optionalText(200),
  district: requiredText(50),
  isSpecialty: z.boolean({ error: 'must be true or false' }),
  /** km² */
  areaKm2: amountSchema(1e6).nullable(),
  /** 入驻率, 0–1 (shown as a percentage). */
  occupancyRate: z
    .number({ error: 'must be a share from 0 to 1' })
    .min(0, 'must be a share from 0 to 1')
    .max(1, 'must be a share from 0 to 1')
    .nullable(),
  /** 亿元 */
  outputYi: amountSchema(1e8).nullable(),
  /** The chains the park hosts, all of them: the list replaces the old one. */
  chains: z
    .array(
      z.object({
        chainId: idValueSchema,
        isMain: z.boolean({ error: 'must be true or false' }),
      }),
    )
    .max(50, 'must list at most 50 chains')
    .refine(
      (chains) => new Set(chains.map((chain) => chain.chainId)).size === chains.length,
      'must not list a chain twice',
    ),
};
export const parkCreateSchema = z.object(parkFields).meta({ id: 'ParkCreate' });
export const parkUpdateSchema = z
  .object({ ...parkFields, version: versionSchema })
  .meta({ id: 'ParkUpdate' });
export const parkRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    district: z.string(),
    isSpecialty: z.boolean(),
    areaKm2: z.number().nullable(),
    occupancyRate: z.number().nullable(),
    outputYi: z.number().nullable(),
    chains: z.array(z.object({ chainId: z.number().int(), isMain: z.boolean() })),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ParkRecord' });

export type ParkCreate = z.input<typeof parkCreateSchema>;
export type ParkUpdate = z.input<typeof parkUpdateSchema>;
export type ParkRecord = z.infer<typeof parkRecordSchema>;
export type ParkSort = (typeof parkSorts)[number];
export type ParkListQuery = z.infer<typeof parkListQuerySchema>;
export type Park = z.infer<typeof parkSchema>;
export type HostedChain = z.infer<typeof hostedChainSchema>;
export type ParkListItem = z.infer<typeof parkListItemSchema>;
export type ParkPage = z.infer<typeof parkPageSchema>;
export type ParkDetail = z.infer<typeof parkDetailSchema>;
