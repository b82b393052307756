import { z } from 'zod';
import { textSchema } from './common';
import * as domain from './domain';

export const userRoleSchema = z.enum(domain.userRoles);

/** Usernames: what people type at sign-in; lower-case letters, digits, `.`, `_`, `-`. */
export const usernameSchema = textSchema()
  .trim()
  .toLowerCase()
  .min(2, 'must be at least 2 characters')
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z0-9._-]+$/, 'may use only letters, digits, . _ and -');

/** Long enough to resist guessing; long passphrases are welcome, huge bodies are not. */
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
  })
  .meta({ id: 'SessionUser' });

export const sessionSchema = z.object({ user: sessionUserSchema }).meta({ id: 'Session' });

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

export type SessionUser = z.infer<typeof sessionUserSchema>;
export type UserRole = z.infer<typeof userRoleSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
