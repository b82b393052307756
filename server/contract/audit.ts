import { z } from 'zod';
import { auditActions, auditEntityTypes } from './domain';
import { idTextSchema, isoDateSchema, isoDateTimeSchema, pagedSchema, textSchema } from './common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-params';
import { versionSchema } from './writes';

export const auditActionSchema = z.enum(auditActions);

export const auditEntityTypeSchema = z.enum(auditEntityTypes);

const recordSnapshot = z.record(z.string(), z.unknown());

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: isoDateTimeSchema,
    actor: z.string(),
    action: auditActionSchema,
    entityType: auditEntityTypeSchema,
    entityId: z.string(),
    chainId: z.number().int().nullable(),
    /** The record before and after the change (null before a create, after a delete). */
    before: recordSnapshot.nullable(),
    after: recordSnapshot.nullable(),
    /** An update whose record still exists can be undone by a new write. */
    revertible: z.boolean(),
  })
  .meta({ id: 'AuditEvent' });

export const auditPageSchema = pagedSchema(auditEventSchema, 'AuditPage');

const page = z
  .string()
  .regex(/^\d+$/, 'must be a page number from 1')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be a page number from 1').max(100_000))
  .optional();
const pageSize = z
  .string()
  .regex(/^\d+$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE_SIZE))
  .optional();

export const chainHistoryQuerySchema = z.object({ page, pageSize });

export const auditListQuerySchema = z.object({
  chainId: idTextSchema.optional(),
  actor: textSchema().trim().max(100, 'must be at most 100 characters').optional(),
  entityType: auditEntityTypeSchema.optional(),
  action: auditActionSchema.optional(),
  /** City calendar days, inclusive. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page,
  pageSize,
});

export const revertBodySchema = z
  .object({
    /** The version the record had after this change: a revert of a record changed since is a conflict. */
    version: versionSchema,
  })
  .meta({ id: 'RevertBody' });

export const revertResultSchema = z
  .object({ entityType: auditEntityTypeSchema, record: recordSnapshot })
  .meta({ id: 'RevertResult' });

export const AUDIT_DEFAULT_PAGE_SIZE = DEFAULT_PAGE_SIZE;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;
