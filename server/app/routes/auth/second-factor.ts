import { createRoute } from '@hono/zod-openapi';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import {
  confirmEnrolmentBodySchema,
  enrolledSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  secondFactorBodySchema,
  secondFactorStatusSchema,
  sessionSchema,
} from '../../../contract/auth';
import { apiErrorSchema } from '../../../contract/errors';
import { recoveryCodes, sessions, users } from '../../../db/schema';
import { ENROLMENT_TTL_MS, readEnrolment, signEnrolment } from '../../auth/enrolment-token';
import { recordLoginAttempt } from '../../auth/login-limits';
import {
  matchingStep,
  newTotpSecret,
  otpauthUri,
  renewRecoveryCodes as storeNewRecoveryCodes,
  useSecondFactorCode,
} from '../../auth/second-factor';
import { sessionStage } from '../../auth/stage';
import type { AppEnv, AppRouteHandler } from '../../context';
import { forbidden, invalidField } from '../../errors';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { updateRecord } from '../../writes/operations';
import { runWrite } from '../../writes/run-write';
import { ownAccountKind } from '../users/users.kind';
import { invalidRequestResponse, jsonResponse } from '../responses';
import { reachSignedIn, sessionAnswer } from './signed-in';
import { throttledGuess } from './throttle';

/*
 * One's own second factor: giving it at sign-in, enrolling it, renewing the recovery codes and
 * turning it off. (The security administrator's reset is a users route.)
 */

const errors = {
  400: invalidRequestResponse,
  401: jsonResponse(apiErrorSchema, 'Not signed in'),
  403: jsonResponse(apiErrorSchema, 'Not possible for this session or account now'),
};
const guessErrors = {
  ...errors,
  429: jsonResponse(apiErrorSchema, 'Too many wrong codes; `Retry-After` says when to retry'),
};
const codeBody = {
  body: { required: true, content: { 'application/json': { schema: secondFactorBodySchema } } },
};

export const verify = createRoute({
  method: 'post',
  path: '/auth/second-factor',
  tags: ['auth'],
  summary:
    'The sign-in step `second_factor`: a code of the authenticator app, or an unused recovery code',
  request: codeBody,
  responses: {
    200: jsonResponse(sessionSchema, 'Accepted: the session, with the step that remains, if any'),
    ...guessErrors,
  },
});

export const status = createRoute({
  method: 'get',
  path: '/auth/second-factor',
  tags: ['auth'],
  summary: 'One’s own second factor: enrolled, required by the policy, recovery codes left',
  responses: {
    200: jsonResponse(secondFactorStatusSchema, 'The second factor'),
    401: errors[401],
  },
});

export const startEnrolment = createRoute({
  method: 'post',
  path: '/auth/second-factor/enrolment',
  tags: ['auth'],
  summary: 'Start enrolling a second factor: a new secret, to confirm with its first code',
  responses: { 200: jsonResponse(enrolmentSchema, 'The secret, its URI and token'), ...errors },
});

export const confirmEnrolment = createRoute({
  method: 'post',
  path: '/auth/second-factor/enrolment/confirm',
  tags: ['auth'],
  summary: 'Finish enrolling with the first code: stores the secret, answers ten recovery codes',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: confirmEnrolmentBodySchema } },
    },
  },
  responses: {
    200: jsonResponse(enrolledSchema, 'Enrolled: the session, and the recovery codes shown once'),
    ...errors,
  },
});

export const renewRecoveryCodes = createRoute({
  method: 'post',
  path: '/auth/second-factor/recovery-codes',
  tags: ['auth'],
  summary: 'Replace one’s recovery codes with ten new ones (needs a current code of the app)',
  request: codeBody,
  responses: {
    200: jsonResponse(recoveryCodesSchema, 'The new codes, shown once'),
    ...guessErrors,
  },
});

export const disable = createRoute({
  method: 'post',
  path: '/auth/second-factor/disable',
  tags: ['auth'],
  summary:
    'Turn one’s second factor off, where the policy does not require it for the role (needs a current code)',
  request: codeBody,
  responses: { 200: jsonResponse(secondFactorStatusSchema, 'Turned off'), ...guessErrors },
});

const WRONG_CODE = 'is wrong or already used';

async function ownAccount(c: Context<AppEnv>) {
  const [row] = await c.var.db.select().from(users).where(eq(users.id, c.var.user.id));
  if (!row) throw forbidden('This account no longer exists');
  return row;
}

async function enrolledSecret(c: Context<AppEnv>): Promise<string> {
  const { totpSecret } = await ownAccount(c);
  if (!totpSecret) throw forbidden('No second factor is enrolled');
  return totpSecret;
}

/**
 * A code typed for the signed-in user, under the sign-in throttle: a wrong one counts as a failed
 * sign-in (and is a `second_factor_check` failure in the security audit), a right one forgives
 * this address's earlier failures as a successful sign-in does.
 */
async function guessCode(
  c: Context<AppEnv>,
  code: string,
  { recovery, purpose }: { recovery: boolean; purpose: 'sign_in' | 'renew' | 'disable' },
) {
  const { user } = c.var;
  return throttledGuess(c, user.username, async () => {
    const totpSecret = await enrolledSecret(c);
    const at = c.var.now();
    // Codes follow the wall clock, as the phone that shows them does.
    const check = await useSecondFactorCode(c.var.db, { id: user.id, totpSecret }, code, {
      nowMs: Date.now(),
      at,
      recovery,
    });
    await recordLoginAttempt(c.var.db, {
      username: user.username,
      address: c.var.clientAddress,
      succeeded: check.ok,
      at,
    });
    await recordSecurityEvent(
      c.var.db,
      eventOfRequest(c, {
        type: 'second_factor_check',
        result: check.ok ? 'success' : 'failure',
        object: user.username,
        detail: {
          method: check.method,
          purpose,
          session: c.var.session.ref,
          ...(!check.ok && { reason: check.reason }),
        },
      }),
    );
    return check;
  });
}

async function statusOf(c: Context<AppEnv>) {
  const row = await ownAccount(c);
  const [left] = await c.var.db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, row.id), isNull(recoveryCodes.usedAt)));
  return {
    enrolled: row.totpSecret !== null,
    required: c.var.securityPolicy.secondFactorRoles.includes(row.role),
    recoveryCodesLeft: left?.n ?? 0,
  };
}

export const handleVerify: AppRouteHandler<typeof verify> = async (c) => {
  const { code } = c.req.valid('json');
  const { user, session, securityPolicy } = c.var;
  if (session.stage !== 'second_factor') throw forbidden('No second factor is asked for now');
  const check = await guessCode(c, code, { recovery: true, purpose: 'sign_in' });
  if (check instanceof Response) return check;
  if (!check.ok) throw invalidField('code', WRONG_CODE);
  const secondFactorAt = new Date();
  await c.var.db
    .update(sessions)
    .set({ secondFactorAt })
    .where(eq(sessions.tokenHash, session.tokenHash));
  const stage = sessionStage(
    user.role,
    session.account,
    { secondFactorAt },
    securityPolicy,
    c.var.now(),
  );
  if (stage === 'signed_in') await reachSignedIn(c, user, session);
  return c.json(await sessionAnswer(c.var.db, user, stage, session), 200);
};

export const handleStatus: AppRouteHandler<typeof status> = async (c) =>
  c.json(await statusOf(c), 200);

export const handleStartEnrolment: AppRouteHandler<typeof startEnrolment> = async (c) => {
  const row = await ownAccount(c);
  if (row.totpSecret) throw forbidden('A second factor is enrolled already; turn it off first');
  const secret = newTotpSecret();
  const expiresAt = Date.now() + ENROLMENT_TTL_MS;
  const token = await signEnrolment(
    { session: c.var.session.ref, secret, expiresAt },
    row.passwordHash,
  );
  return c.json(
    {
      secret,
      uri: otpauthUri(secret, row.username),
      token,
      expiresAt: new Date(expiresAt).toISOString(),
    },
    200,
  );
};

export const handleConfirmEnrolment: AppRouteHandler<typeof confirmEnrolment> = async (c) => {
  const { token, code } = c.req.valid('json');
  const { user, session, securityPolicy } = c.var;
  const row = await ownAccount(c);
  if (row.totpSecret) throw forbidden('A second factor is enrolled already; turn it off first');
  const nowMs = Date.now();
  const secret = await readEnrolment(token, row.passwordHash, { session: session.ref, nowMs });
  if (!secret) throw invalidField('token', 'has expired or belongs to another session');
  const step = matchingStep(secret, code.replace(/\s/g, ''), nowMs);
  if (step === null) throw invalidField('code', WRONG_CODE);
  const secondFactorAt = new Date();
  const codes = await runWrite(c, async (write) => {
    await updateRecord(write, ownAccountKind, String(user.id), row.version, {}, 'User');
    // The first code is used up with it: it cannot serve again at the next sign-in.
    await write.tx
      .update(users)
      .set({ totpSecret: secret, totpLastStep: step })
      .where(eq(users.id, user.id));
    const fresh = await storeNewRecoveryCodes(write.tx, user.id);
    await write.tx
      .update(sessions)
      .set({ secondFactorAt })
      .where(eq(sessions.tokenHash, session.tokenHash));
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: 'second_factor_enrolment',
        result: 'success',
        object: user.username,
      }),
    );
    return fresh;
  });
  const account = { ...session.account, hasSecondFactor: true };
  const stage = sessionStage(user.role, account, { secondFactorAt }, securityPolicy, c.var.now());
  if (stage === 'signed_in' && session.stage !== 'signed_in') {
    await reachSignedIn(c, user, session);
  }
  return c.json(
    {
      session: await sessionAnswer(c.var.db, user, stage, session),
      recoveryCodes: codes,
    },
    200,
  );
};

export const handleRenewRecoveryCodes: AppRouteHandler<typeof renewRecoveryCodes> = async (c) => {
  const { code } = c.req.valid('json');
  const check = await guessCode(c, code, { recovery: false, purpose: 'renew' });
  if (check instanceof Response) return check;
  if (!check.ok) throw invalidField('code', WRONG_CODE);
  const codes = await runWrite(c, async (write) => {
    const fresh = await storeNewRecoveryCodes(write.tx, c.var.user.id);
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: 'recovery_codes_renewed',
        result: 'success',
        object: c.var.user.username,
      }),
    );
    return fresh;
  });
  return c.json({ recoveryCodes: codes }, 200);
};

export const handleDisable: AppRouteHandler<typeof disable> = async (c) => {
  const { code } = c.req.valid('json');
  const { user, securityPolicy } = c.var;
  if (securityPolicy.secondFactorRoles.includes(user.role)) {
    throw forbidden('The security policy requires a second factor for this role');
  }
  const check = await guessCode(c, code, { recovery: false, purpose: 'disable' });
  if (check instanceof Response) return check;
  if (!check.ok) throw invalidField('code', WRONG_CODE);
  const { version } = await ownAccount(c);
  await runWrite(c, async (write) => {
    await updateRecord(write, ownAccountKind, String(user.id), version, {}, 'User');
    await write.tx
      .update(users)
      .set({ totpSecret: null, totpLastStep: null })
      .where(eq(users.id, user.id));
    await write.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await recordSecurityEvent(
      write.tx,
      eventOfRequest(c, {
        type: 'second_factor_disabled',
        result: 'success',
        object: user.username,
      }),
    );
  });
  return c.json(await statusOf(c), 200);
};
