import { z } from 'zod';
import { newPasswordSchema, userRoleSchema, usernameSchema } from './auth';
import { isoDateTimeSchema } from './common';
import { idValueSchema, requiredText, versionSchema } from './writes';

/** A user as administrators see it: never the password hash. */
export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: userRoleSchema,
    /** The chains an editor may change; empty for viewers and admins. */
    chainIds: z.array(z.number().int()),
    /** The department a department user works for; null for every other role. */
    departmentId: z.number().int().nullable(),
    /** Where the daily mail digest of unread notifications goes; null: none. */
    email: z.string().nullable(),
    disabled: z.boolean(),
    /** Enrolled a second factor (TOTP). */
    secondFactor: z.boolean(),
    /** Must choose a new password at the next sign-in (a new or reset account). */
    mustChangePassword: z.boolean(),
    createdAt: isoDateTimeSchema,
    version: z.number().int(),
    updatedAt: isoDateTimeSchema,
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const userListSchema = z.object({ items: z.array(userSchema) }).meta({ id: 'UserList' });

const chainIdsSchema = z
  .array(idValueSchema)
  .max(100, 'must list at most 100 chains')
  .refine((ids) => new Set(ids).size === ids.length, 'must not list a chain twice');

/**
 * An e-mail address, or empty or null for none. An address is kept as typed, without the spaces
 * around it; 254 characters is the most SMTP carries (RFC 5321). Absent — a client from before
 * addresses existed — means none on a new account and unchanged on an edit, so saving a user from
 * such a client never erases the address an administrator set.
 */
export const emailSchema = z
  .string({ error: 'must be an e-mail address, or empty for none' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .refine(
    (address) => address === '' || z.email().safeParse(address).success,
    'must be an e-mail address such as name@example.com',
  )
  .transform((address) => (address === '' ? null : address))
  .nullable();

/** Absent (an older client) means none. */
const departmentIdSchema = idValueSchema.nullable().default(null);

type Scoped = {
  role: z.infer<typeof userRoleSchema>;
  chainIds: number[];
  departmentId: number | null;
};
/**
 * An editor edits the chains of their scope, so they need at least one; a department user
 * handles its department's problems, so it needs exactly one department, and nobody else has one.
 */
function scopeFitsRole(user: Scoped, context: z.RefinementCtx) {
  if (user.role === 'editor' && user.chainIds.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['chainIds'],
      message: 'an editor needs at least one chain',
    });
  }
  if (user.role === 'department' && user.departmentId === null) {
    context.addIssue({
      code: 'custom',
      path: ['departmentId'],
      message: 'a department user needs its department',
    });
  }
  if (user.role !== 'department' && user.departmentId !== null) {
    context.addIssue({
      code: 'custom',
      path: ['departmentId'],
      message: 'only a department user has a department',
    });
  }
}

export const createUserBodySchema = z
  .object({
    username: usernameSchema,
    displayName: requiredText(50),
    role: userRoleSchema,
    chainIds: chainIdsSchema,
    departmentId: departmentIdSchema,
    email: emailSchema.default(null),
    password: newPasswordSchema,
  })
  .superRefine(scopeFitsRole)
  .meta({ id: 'CreateUserBody' });

export const updateUserBodySchema = z
  .object({
    displayName: requiredText(50),
    role: userRoleSchema,
    chainIds: chainIdsSchema,
    departmentId: departmentIdSchema,
    email: emailSchema.optional(),
    disabled: z.boolean({ error: 'must be true or false' }),
    version: versionSchema,
  })
  .superRefine(scopeFitsRole)
  .meta({ id: 'UpdateUserBody' });

export const resetPasswordBodySchema = z
  .object({ password: newPasswordSchema, version: versionSchema })
  .meta({ id: 'ResetPasswordBody' });

/** The security administrator removes a user's second factor (a lost phone): just the version. */
export const resetSecondFactorBodySchema = z
  .object({ version: versionSchema })
  .meta({ id: 'ResetSecondFactorBody' });

export type User = z.infer<typeof userSchema>;
export type UserList = z.infer<typeof userListSchema>;
export type CreateUserBody = z.input<typeof createUserBodySchema>;
export type UpdateUserBody = z.input<typeof updateUserBodySchema>;
export type ResetPasswordBody = z.input<typeof resetPasswordBodySchema>;
export type ResetSecondFactorBody = z.input<typeof resetSecondFactorBodySchema>;
