import { z } from 'zod';
import {
  clusterLevelSchema,
  clusterStatusSchema,
  editableSchema,
  isoDateSchema,
  namedRefSchema,
  pagedSchema,
} from './common';
import { clusterSorts, defaultSorts } from './list-params';
import { enumFilter, idFilter, pageQuerySchema, sortQuerySchema, textFilter } from './query';

export const clusterListQuerySchema = z.object({
  /** Part of the name (Chinese or English), any case. */
  q: textFilter,
  level: enumFilter(clusterLevelSchema.options),
  status: enumFilter(clusterStatusSchema.options),
  /** Clusters linked to this chain. */
  chain: idFilter,
  /** `level` sorts national, provincial, SME-feature; `recognisedOn` puts unrecognised ones last. */
  ...sortQuerySchema(clusterSorts, defaultSorts.clusters).shape,
  ...pageQuerySchema.shape,
});

export const clusterSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    level: clusterLevelSchema,
    status: clusterStatusSchema,
    recognisedOn: isoDateSchema.nullable(),
    recognisedBy: z.string().nullable(),
    description: z.string().nullable(),
  })
  .meta({ id: 'Cluster' });

export const clusterListItemSchema = clusterSchema
  .extend({
    /** Empty for a cluster outside the chains (连接器, 特冶新材料). */
    chains: z.array(namedRefSchema),
  })
  .meta({ id: 'ClusterListItem' });

export const clusterPageSchema = pagedSchema(clusterListItemSchema, 'ClusterPage');

export const clusterDetailSchema = clusterListItemSchema
  .extend(editableSchema.shape)
  .meta({ id: 'ClusterDetail' });

export type ClusterSort = (typeof clusterSorts)[number];
export type ClusterListQuery = z.infer<typeof clusterListQuerySchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type ClusterListItem = z.infer<typeof clusterListItemSchema>;
export type ClusterPage = z.infer<typeof clusterPageSchema>;
export type ClusterDetail = z.infer<typeof clusterDetailSchema>;
