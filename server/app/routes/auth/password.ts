import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { changePasswordBodySchema, sessionSchema } from '../../../contract/auth';
import { apiErrorSchema } from '../../../contract/errors';
import { passwordRulesSchema } from '../../../contract/passwords';
import { users } from '../../../db/schema';
import { recordLoginAttempt } from '../../auth/login-limits';
import {
  checkPasswordHistory,
  checkPasswordRules,
  passwordRulesOf,
  storeNewPassword,
} from '../../auth/password-policy';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { endSessionsOf } from '../../auth/sessions';
import { sessionStage } from '../../auth/stage';
import type { AppRouteHandler } from '../../context';
import { invalidField } from '../../errors';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { updateRecord } from '../../writes/operations';
import { runWrite } from '../../writes/run-write';
import { ownAccountKind } from '../users/users.kind';
import { invalidRequestResponse, jsonResponse } from '../responses';
import { reachSignedIn, sessionAnswer } from './signed-in';
import { throttledGuess } from './throttle';

export const passwordRules = createRoute({
  method: 'get',
  path: '/auth/password-rules',
  tags: ['auth'],
  summary: 'The password rules of the security policy, for forms to show (any session)',
  responses: {
    200: jsonResponse(passwordRulesSchema, 'The rules'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
  },
});

export const changePassword = createRoute({
  method: 'put',
  path: '/auth/password',
  tags: ['auth'],
  summary:
    'Change one’s own password (also the sign-in step `change_password`); every other session of the user ends',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: changePasswordBodySchema } },
    },
  },
  responses: {
    200: jsonResponse(sessionSchema, 'Changed: the session, with the step that remains, if any'),
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    429: jsonResponse(apiErrorSchema, 'Too many wrong passwords; `Retry-After` says when to retry'),
  },
});

export const handlePasswordRules: AppRouteHandler<typeof passwordRules> = (c) =>
  c.json(passwordRulesOf(c.var.securityPolicy), 200);

export const handleChangePassword: AppRouteHandler<typeof changePassword> = async (c) => {
  const { currentPassword, newPassword } = c.req.valid('json');
  const { user, session, securityPolicy } = c.var;
  const rules = passwordRulesOf(securityPolicy);
  checkPasswordRules(newPassword, rules, 'newPassword');
  // A wrong current password is a guess like a wrong sign-in, and counts against the same limit.
  const checked = await throttledGuess(c, user.username, async () => {
    const [found] = await c.var.db.select().from(users).where(eq(users.id, user.id));
    if (!found || !(await verifyPassword(currentPassword, found.passwordHash))) {
      await recordLoginAttempt(c.var.db, {
        username: user.username,
        address: c.var.clientAddress,
        succeeded: false,
        at: c.var.now(),
      });
      await recordSecurityEvent(
        c.var.db,
        eventOfRequest(c, {
          type: 'password_change',
          result: 'failure',
          object: user.username,
          detail: { reason: 'wrong_current_password' },
        }),
      );
      throw invalidField('currentPassword', 'is not the current password');
    }
    return found;
  });
  if (checked instanceof Response) return checked;
  const stored = checked;
  await checkPasswordHistory(c.var.db, stored, newPassword, rules, 'newPassword');
  const newHash = await hashPassword(newPassword);
  const now = c.var.now();
  await runWrite(c, async (write) => {
    // Versioned and audited as the administrator's reset is (the audit never holds a hash).
    await updateRecord(write, ownAccountKind, String(user.id), stored.version, {}, 'User');
    await storeNewPassword(write.tx, stored, newHash, { now: write.now, mustChange: false });
    await endSessionsOf(write.tx, user.id, 'password_changed', { except: session.tokenHash });
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, { type: 'password_change', result: 'success', object: user.username }),
    );
  });
  const account = { ...session.account, mustChangePassword: false, passwordChangedAt: now };
  const stage = sessionStage(user.role, account, session, securityPolicy, now);
  if (stage === 'signed_in' && session.stage !== 'signed_in') {
    await reachSignedIn(c, user, session);
  }
  return c.json(await sessionAnswer(c.var.db, user, stage, session), 200);
};
