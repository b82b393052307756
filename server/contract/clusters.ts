import { z } from 'zod';
import {
  clusterLevelSchema,
  clusterStatusSchema,
  editableSchema,
  isoDateSchema,
  listSchema,
  namedRefSchema,
} from './common';
import { enumFilter, idFilter } from './query';

export const clusterListQuerySchema = z.object({
  level: enumFilter(clusterLevelSchema.options),
  status: enumFilter(clusterStatusSchema.options),
  chain: idFilter,
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

export const clusterListSchema = listSchema(clusterListItemSchema, 'ClusterList');

export const clusterDetailSchema = clusterListItemSchema
  .extend(editableSchema.shape)
  .meta({ id: 'ClusterDetail' });

export type ClusterListQuery = z.infer<typeof clusterListQuerySchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type ClusterListItem = z.infer<typeof clusterListItemSchema>;
export type ClusterList = z.infer<typeof clusterListSchema>;
export type ClusterDetail = z.infer<typeof clusterDetailSchema>;
