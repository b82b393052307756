import { createRoute } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { idParamSchema } from '../../../contract/common';
import { apiErrorSchema } from '../../../contract/errors';
import {
  createUserBodySchema,
  resetPasswordBodySchema,
  resetSecondFactorBodySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from '../../../contract/users';
import type { Database } from '../../../db/database';
import { chains, departments, recoveryCodes, userChainScopes, users } from '../../../db/schema';
import { hashPassword } from '../../auth/passwords';
import { endSessionsOf } from '../../auth/sessions';
import { checkPasswordRules, passwordRulesOf, storeNewPassword } from '../../auth/password-policy';
import type { Context } from 'hono';
import type { User } from '../../../contract/users';
import { createRouter, type AppEnv } from '../../context';
import { ConflictError, forbidden, invalidField, notFound } from '../../errors';
import type { WriteContext } from '../../writes/entity';
import { createRecord, updateRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { createRecordRoute, updateRoute } from '../write-route';
import { jsonResponse } from '../responses';
import { authoriseAccountOfRole, credentialsKind, userKind } from './users.kind';
import { authorise, hasPermission } from '../../auth/permissions';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';

const list = createRoute({
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: 'Every user with role and chain scope (administrators)',
  responses: {
    200: jsonResponse(userListSchema, 'The users'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not an administrator'),
  },
});

const create = createRecordRoute({
  path: '/users',
  summary: 'Create a user (administrators)',
  params: idParamSchema.pick({}),
  body: createUserBodySchema,
  record: userSchema,
});

const update = updateRoute({
  path: '/users/{id}',
  summary: 'Change a user’s name, role, chain scope, or disable them (administrators)',
  params: idParamSchema,
  body: updateUserBodySchema,
  record: userSchema,
});

const resetPassword = updateRoute({
  path: '/users/{id}/password',
  summary: 'Set a new password for a user and sign them out everywhere (administrators)',
  params: idParamSchema,
  body: resetPasswordBodySchema,
  record: userSchema,
});

type UserRow = typeof users.$inferSelect;

/** A user row as the API answers it: its chain scope beside it, never the password hash. */
function userOf(row: UserRow, chainIds: number[]) {
  return userSchema.parse({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    chainIds,
    departmentId: row.departmentId,
    email: row.email,
    disabled: row.disabledAt !== null,
    secondFactor: row.totpSecret !== null,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  });
}

async function toUser(db: Pick<Database, 'select'>, row: UserRow) {
  const scope = await db
    .select({ chainId: userChainScopes.chainId })
    .from(userChainScopes)
    .where(eq(userChainScopes.userId, row.id))
    .orderBy(userChainScopes.chainId);
  return userOf(
    row,
    scope.map((entry) => entry.chainId),
  );
}

async function readUser(write: WriteContext, id: number) {
  const [row] = await write.tx.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('User');
  return toUser(write.tx, row);
}

/**
 * 409 in the User shape the screen shows (not the audit snapshot), checked before the generic
 * write, which then finds the version it expects.
 */
async function userMustBeAt(write: WriteContext, id: number, version: number) {
  const [row] = await write.tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw notFound('User');
  if (row.version !== version) throw new ConflictError(await toUser(write.tx, row));
  return row;
}

async function chainsMustExist(write: WriteContext, chainIds: number[]) {
  if (chainIds.length === 0) return;
  const known = new Set(
    (await write.tx.select({ id: chains.id }).from(chains)).map((chain) => chain.id),
  );
  if (chainIds.some((id) => !known.has(id))) {
    throw invalidField('chainIds', 'names a chain that does not exist');
  }
}

async function departmentMustExist(write: WriteContext, departmentId: number | null) {
  if (departmentId === null) return;
  const [known] = await write.tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!known) throw invalidField('departmentId', 'names a department that does not exist');
}

/** A role, scope, name or enabled change of an account, in the security audit as what it was. */
async function recordAccountEvents(
  c: Context<AppEnv>,
  write: WriteContext,
  before: User,
  after: User,
) {
  const object = after.username;
  const scope = (user: User) => ({
    role: user.role,
    chainIds: user.chainIds,
    departmentId: user.departmentId,
  });
  if (JSON.stringify(scope(before)) !== JSON.stringify(scope(after))) {
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: 'role_or_scope_change',
        result: 'success',
        object,
        detail: {
          before: scope(before),
          after: scope(after),
        },
      }),
    );
  }
  if (before.disabled !== after.disabled) {
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: after.disabled ? 'account_disabled' : 'account_enabled',
        result: 'success',
        object,
      }),
    );
  }
}

export const usersRouter = createRouter();

usersRouter.openapi(list, async (c) => {
  // The system administrator keeps accounts; the security administrator resets their credentials.
  const { role } = c.var.user;
  if (!hasPermission(role, 'manage_users') && !hasPermission(role, 'manage_credentials')) {
    throw forbidden('Only the system and security administrators see the users');
  }
  const [rows, scopes] = await Promise.all([
    c.var.db.select().from(users).orderBy(asc(users.username)),
    c.var.db.select().from(userChainScopes).orderBy(asc(userChainScopes.chainId)),
  ]);
  const chainsOf = new Map<number, number[]>();
  for (const { userId, chainId } of scopes) {
    chainsOf.set(userId, [...(chainsOf.get(userId) ?? []), chainId]);
  }
  const items = rows.map((row) => userOf(row, chainsOf.get(row.id) ?? []));
  return c.json({ items }, 200);
});

usersRouter.openapi(create, async (c) => {
  const { password, username, role, chainIds, departmentId, displayName, email } =
    c.req.valid('json');
  authoriseAccountOfRole(c.var.user, role);
  checkPasswordRules(password, passwordRulesOf(c.var.securityPolicy), 'password');
  const passwordHash = await hashPassword(password);
  const answer = await runCreate(
    c,
    // Without the password: a fast, unsalted hash of it must not be kept.
    { username, role, chainIds, departmentId, displayName, email },
    async (write) => {
      const [taken] = await write.tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, username));
      if (taken) throw invalidField('username', 'is taken');
      await chainsMustExist(write, chainIds);
      await departmentMustExist(write, departmentId);
      const created = await createRecord(
        write,
        userKind,
        null,
        // A new account's first sign-in chooses its own password: whoever created it knows this one.
        { username, passwordHash, createdAt: write.now, mustChangePassword: true },
        { displayName, role, departmentId, email, chainIds: role === 'editor' ? chainIds : [] },
      );
      await recordSecurityEvent(
        write.tx,
        eventOfRequest(c, {
          type: 'user_created',
          result: 'success',
          object: username,
          detail: { role, chainIds: role === 'editor' ? chainIds : [], departmentId },
        }),
      );
      return readUser(write, created.id as number);
    },
  );
  return c.json(userSchema.parse(answer.body), 201);
});

usersRouter.openapi(update, async (c) => {
  const { id } = c.req.valid('param');
  const { version, disabled, role, chainIds, departmentId, displayName, email } =
    c.req.valid('json');
  // Both the role the account has and the one it gets must be the caller's to keep.
  authoriseAccountOfRole(c.var.user, role);
  const record = await runWrite(c, async (write) => {
    if (id === write.user.id && (disabled || role !== write.user.role)) {
      throw invalidField(disabled ? 'disabled' : 'role', 'you cannot lock yourself out');
    }
    await chainsMustExist(write, chainIds);
    await departmentMustExist(write, departmentId);
    const current = await userMustBeAt(write, id, version);
    const before = await toUser(write.tx, current);
    await updateRecord(
      write,
      userKind,
      String(id),
      version,
      {
        displayName,
        role,
        departmentId,
        email: email === undefined ? current.email : email,
        chainIds: role === 'editor' ? chainIds : [],
        disabledAt: disabled ? (current.disabledAt ?? write.now) : null,
      },
      'User',
    );
    if (disabled) await endSessionsOf(write.tx, id, 'disabled');
    const after = await readUser(write, id);
    await recordAccountEvents(c, write, before, after);
    return after;
  });
  return c.json(record, 200);
});

usersRouter.openapi(resetPassword, async (c) => {
  const { id } = c.req.valid('param');
  const { version, password } = c.req.valid('json');
  // Before the version check, whose 409 would show the account to anyone.
  authorise(c.var.user, 'manage_credentials');
  // The policy's length and classes hold; its history is the owner's, who chooses anew anyway.
  checkPasswordRules(password, passwordRulesOf(c.var.securityPolicy), 'password');
  const passwordHash = await hashPassword(password);
  const record = await runWrite(c, async (write) => {
    const target = await userMustBeAt(write, id, version);
    // A versioned, audited write of the user (the audit shows who reset it, never the hash)…
    await updateRecord(write, credentialsKind, String(id), version, {}, 'User');
    // …then the hash itself, which its owner must replace at the next sign-in (the security
    // administrator knows this one), and every open session of the user ends.
    await storeNewPassword(write.tx, target, passwordHash, { now: write.now, mustChange: true });
    await endSessionsOf(write.tx, id, 'password_reset');
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, { type: 'password_reset', result: 'success', object: target.username }),
    );
    return readUser(write, id);
  });
  return c.json(record, 200);
});

const resetSecondFactor = updateRoute({
  method: 'post',
  path: '/users/{id}/second-factor/reset',
  summary:
    'Remove a user’s second factor and recovery codes (a lost phone), and sign them out everywhere (security administrator)',
  params: idParamSchema,
  body: resetSecondFactorBodySchema,
  record: userSchema,
});

usersRouter.openapi(resetSecondFactor, async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  // Before the version check, whose 409 would show the account to anyone.
  authorise(c.var.user, 'manage_credentials');
  const record = await runWrite(c, async (write) => {
    const target = await userMustBeAt(write, id, version);
    await updateRecord(write, credentialsKind, String(id), version, {}, 'User');
    if (!target.totpSecret) throw invalidField('secondFactor', 'is not enrolled');
    // The user enrols again at the next sign-in where the policy requires it for the role.
    await write.tx
      .update(users)
      .set({ totpSecret: null, totpLastStep: null })
      .where(eq(users.id, id));
    await write.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, id));
    await endSessionsOf(write.tx, id, 'second_factor_reset');
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: 'second_factor_reset',
        result: 'success',
        object: target.username,
      }),
    );
    return readUser(write, id);
  });
  return c.json(record, 200);
});
