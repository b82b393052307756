import { z } from 'zod';
import { auditListQuerySchema } from './audit';
import { changesQuerySchema } from './changes';
import { clusterListQuerySchema } from './clusters';
import { firmListQuerySchema } from './firms';
import { rangeInOrder, securityEventFilterFields } from './security-events';
import { parkListQuerySchema } from './parks';
import { problemListQuerySchema } from './problems';
import { projectListQuerySchema } from './projects';
import { leadListQuerySchema } from './investment';
import { meetingFilterFields, meetingRangeInOrder } from './meetings';
import { enumFilter, idFilter } from './query';
import { sheetFormats, sheetLanguages } from './sheets';

/** How to write the file: `xlsx` (default) or `csv`, headed in `lang` (default zh-CN). */
const exportFileQuerySchema = z.object({
  format: enumFilter(sheetFormats),
  lang: enumFilter(sheetLanguages),
});

/** A list's own filters and sort, without paging: the export holds every matching row. */
const withoutPaging = { page: true, pageSize: true } as const;

export const firmExportQuerySchema = firmListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
export const parkExportQuerySchema = parkListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
export const clusterExportQuerySchema = clusterListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
export const projectExportQuerySchema = projectListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
export const problemExportQuerySchema = problemListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
/** The meeting list's filters and sort (its range of days checked as the list checks it). */
export const meetingExportQuerySchema = z
  .object({ ...meetingFilterFields, ...exportFileQuerySchema.shape })
  .superRefine(meetingRangeInOrder);
export const leadExportQuerySchema = leadListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
/** The audit page's filters (administrators only), newest first. */
export const auditExportQuerySchema = auditListQuerySchema
  .omit(withoutPaging)
  .extend(exportFileQuerySchema.shape);
/** The security audit page's filters (the audit administrator only), newest first. */
export const securityEventExportQuerySchema = z
  .object({ ...securityEventFilterFields, ...exportFileQuerySchema.shape })
  .superRefine(rangeInOrder);

/** One chain's policies (by chain id, as the lists' `chain` filter), or every chain's. */
export const policyExportQuerySchema = z
  .object({ chain: idFilter })
  .extend(exportFileQuerySchema.shape);

/** One chain's indicator figures (by chain id), or every chain's. */
export const indicatorValueExportQuerySchema = policyExportQuerySchema;

/** The what-changed brief of a chain (or the city) between two days, one row a change. */
export const changeExportQuerySchema = changesQuerySchema.extend(exportFileQuerySchema.shape);

/** Every list in one workbook, a sheet each, named and headed in `lang`. */
export const allExportQuerySchema = z.object({ lang: enumFilter(sheetLanguages) });

/** The exportable lists, as their `GET /api/exports/<list>` paths name them. */
export const exportLists = [
  'parks',
  'firms',
  'clusters',
  'projects',
  'problems',
  'leads',
  'meetings',
  'audit',
  'security-events',
  'policies',
  'indicator-values',
  'changes',
] as const;
export type ExportList = (typeof exportLists)[number];
