import { z } from 'zod';
import { userRoleSchema } from './auth';
import { editableSchema, isoDateTimeSchema, versionSchema } from './common';
import * as domain from './domain';

/*
 * The security controls of 等保 2.0 (GB/T 22239-2019, level 3) that a security policy sets, and
 * the security audit. docs/SECURITY.md maps each control to its setting and its test.
 */

function wholeNumber(min: number, max: number) {
  return z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/** The settings, each bounded so a policy can be strict but never unusable or absent. */
export const securityPolicyFields = {
  passwordMinLength: wholeNumber(8, 64),
  passwordMinClasses: wholeNumber(1, 4),
  passwordHistory: wholeNumber(0, 24),
  passwordMaxAgeDays: wholeNumber(0, 365),
  secondFactorRoles: z
    .array(userRoleSchema)
    .max(domain.userRoles.length)
    .refine((roles) => new Set(roles).size === roles.length, 'must not name a role twice'),
  sessionIdleMinutes: wholeNumber(5, 24 * 60),
  sessionLifetimeHours: wholeNumber(1, 7 * 24),
  singleSession: z.boolean({ error: 'must be true or false' }),
  requestsPerMinute: wholeNumber(60, 100_000),
  /** The Cybersecurity Law (网络安全法, art. 21) asks for at least six months of logs. */
  auditRetentionDays: wholeNumber(180, 3650),
};

export const securityPolicySettingsSchema = z.object(securityPolicyFields);

export const securityPolicySchema = securityPolicySettingsSchema
  .extend(editableSchema.shape)
  .meta({ id: 'SecurityPolicy' });

export const securityPolicyBodySchema = z
  .object({ ...securityPolicyFields, version: versionSchema })
  .meta({ id: 'SecurityPolicyBody' });

export const securityEventTypeSchema = z.enum(domain.securityEventTypes);
export const securityEventResultSchema = z.enum(domain.securityEventResults);

export const securityEventSchema = z
  .object({
    id: z.number().int(),
    at: isoDateTimeSchema,
    type: securityEventTypeSchema,
    result: securityEventResultSchema,
    actor: z.string().nullable(),
    actorRole: userRoleSchema.nullable(),
    object: z.string().nullable(),
    clientAddress: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'SecurityEvent' });

export type SecurityPolicySettings = z.infer<typeof securityPolicySettingsSchema>;
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;
export type SecurityPolicyBody = z.infer<typeof securityPolicyBodySchema>;
export type SecurityEvent = z.infer<typeof securityEventSchema>;
export type SecurityEventType = z.infer<typeof securityEventTypeSchema>;
export type SecurityEventResult = z.infer<typeof securityEventResultSchema>;
