import { z } from 'zod';
import { isoDateTimeSchema, textSchema } from './common';
import * as domain from './domain';

export const userRoleSchema = z.enum(domain.userRoles);
export const sessionStageSchema = z.enum(domain.sessionStages);
export const sessionEndReasonSchema = z.enum(domain.sessionEndReasons);

/** Usernames: what people type at sign-in; lower-case letters, digits, `.`, `_`, `-`. */
export const usernameSchema = textSchema()
  .trim()
  .toLowerCase()
  .min(2, 'must be at least 2 characters')
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z0-9._-]+$/, 'may use only letters, digits, . _ and -');

/**
 * Long enough to resist guessing; long passphrases are welcome, huge bodies are not. The policy
 * in force (a longer minimum, character classes: `passwordRuleProblem` in ./passwords) is
 * checked on the server besides, and by the forms that read the rules first.
 */
export const newPasswordSchema = textSchema()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

/** Who is signed in, as every screen needs to know it. */
export const sessionUserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: userRoleSchema,
    /** The chains an editor may change; empty for viewers; admins may change every chain. */
    chainIds: z.array(z.number().int()),
    /** The department a department user handles problems for; null for every other role. */
    departmentId: z.number().int().nullable(),
  })
  .meta({ id: 'SessionUser' });

/**
 * 鉴别警示: what the user is told once signed in — their previous sign-in, and how many attempts
 * failed for their account since then (wrong passwords and wrong second-factor codes).
 */
export const signInNoticeSchema = z
  .object({
    /** When this session's password was accepted. */
    signedInAt: isoDateTimeSchema,
    previous: z.object({ at: isoDateTimeSchema, address: z.string().nullable() }).nullable(),
    failures: z.object({
      count: z.number().int(),
      lastAt: isoDateTimeSchema.nullable(),
      lastAddress: z.string().nullable(),
    }),
  })
  .meta({ id: 'SignInNotice' });

/**
 * A live session: who, and the sign-in step it stands at. Until `stage` is `signed_in` only that
 * step's routes answer (403 `sign_in_step_required` elsewhere).
 */
export const sessionSchema = z
  .object({
    user: sessionUserSchema,
    stage: sessionStageSchema,
    signInNotice: signInNoticeSchema.optional(),
  })
  .meta({ id: 'Session' });

export const loginBodySchema = z
  .object({
    username: textSchema().trim().toLowerCase().min(1, 'is required').max(100, 'is too long'),
    password: textSchema().min(1, 'is required').max(200, 'is too long'),
  })
  .meta({ id: 'LoginBody' });

/** A signed-in user's own change of password: the current one proves it is them. */
export const changePasswordBodySchema = z
  .object({
    currentPassword: textSchema().min(1, 'is required').max(200, 'is too long'),
    newPassword: newPasswordSchema,
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'must differ from the current password',
  })
  .meta({ id: 'ChangePasswordBody' });

/** A second-factor code: six digits from the authenticator app, or a one-time recovery code. */
export const secondFactorCodeSchema = textSchema({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, 'is too long');

export const secondFactorBodySchema = z
  .object({ code: secondFactorCodeSchema })
  .meta({ id: 'SecondFactorBody' });

/** A second factor being enrolled: the secret to add to an authenticator app, shown once. */
export const enrolmentSchema = z
  .object({
    /** Base32, for typing into the app by hand. */
    secret: z.string(),
    /** The `otpauth://totp/…` URI the QR code carries. */
    uri: z.string(),
    /** Sent back with the first code; it binds the secret to this session for a few minutes. */
    token: z.string(),
    expiresAt: isoDateTimeSchema,
  })
  .meta({ id: 'Enrolment' });

export const confirmEnrolmentBodySchema = z
  .object({
    token: textSchema({ error: 'is required' }).min(1, 'is required').max(2000, 'is too long'),
    code: secondFactorCodeSchema,
  })
  .meta({ id: 'ConfirmEnrolmentBody' });

/** One-time recovery codes, shown once: only their digests are kept. */
export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodes' });

export const enrolledSchema = z
  .object({ session: sessionSchema, recoveryCodes: z.array(z.string()) })
  .meta({ id: 'Enrolled' });

/** One's own second factor, as the account page shows it. */
export const secondFactorStatusSchema = z
  .object({
    enrolled: z.boolean(),
    /** The policy requires it for this user's role: it cannot be turned off. */
    required: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: 'SecondFactorStatus' });

export type SessionUser = z.infer<typeof sessionUserSchema>;
export type SessionStage = z.infer<typeof sessionStageSchema>;
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type SignInNotice = z.infer<typeof signInNoticeSchema>;
export type SecondFactorBody = z.infer<typeof secondFactorBodySchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type ConfirmEnrolmentBody = z.infer<typeof confirmEnrolmentBodySchema>;
export type Enrolled = z.infer<typeof enrolledSchema>;
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;
export type UserRole = z.infer<typeof userRoleSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
