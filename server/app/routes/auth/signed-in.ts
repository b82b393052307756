import { and, count, desc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Session, SessionStage, SessionUser, SignInNotice } from '../../../contract/auth';
import type { Database } from '../../../db/database';
import { securityEvents } from '../../../db/schema';
import { endSessionsOf } from '../../auth/sessions';
import type { AppEnv } from '../../context';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';

/*
 * What happens when a session reaches `signed_in` after a sign-in, at whichever step that is
 * (the password, the second factor, a new password, an enrolment), and the answer every step
 * gives: the session as `GET /api/auth/session` answers it.
 */

/** The `sign_in` success event of a session names it, so its notice can be found again. */
export const sessionDetail = (ref: string) => ({ session: ref });

/** Failed attempts at an account: wrong passwords and wrong second-factor codes. */
const failedSignInTypes = ['sign_in', 'second_factor_check'];

/**
 * 鉴别警示, read from the security audit: the sign-in before this session's, and the failed
 * attempts at this account since then (this sign-in's own wrong codes included). Ordered by the
 * events' ids, which follow the order they were written in whatever the clocks say.
 */
export async function signInNoticeOf(
  db: Pick<Database, 'select'>,
  username: string,
  ref: string,
): Promise<SignInNotice | undefined> {
  const successes = and(
    eq(securityEvents.type, 'sign_in'),
    eq(securityEvents.result, 'success'),
    eq(securityEvents.object, username),
  );
  const [own] = await db
    .select({ id: securityEvents.id, at: securityEvents.at })
    .from(securityEvents)
    .where(and(successes, sql`${securityEvents.detail}->>'session' = ${ref}`))
    .limit(1);
  // Sessions made without a sign-in (the tests' own) have no notice.
  if (!own) return undefined;
  const [previous] = await db
    .select({ id: securityEvents.id, at: securityEvents.at, address: securityEvents.clientAddress })
    .from(securityEvents)
    .where(and(successes, sql`${securityEvents.id} < ${own.id}`))
    .orderBy(desc(securityEvents.id))
    .limit(1);
  const failed = and(
    inArray(securityEvents.type, failedSignInTypes),
    eq(securityEvents.result, 'failure'),
    eq(securityEvents.object, username),
    gt(securityEvents.id, previous?.id ?? 0),
  );
  const [tally] = await db
    .select({ n: count(), lastId: max(securityEvents.id) })
    .from(securityEvents)
    .where(failed);
  const [last] = tally?.lastId
    ? await db
        .select({ at: securityEvents.at, address: securityEvents.clientAddress })
        .from(securityEvents)
        .where(eq(securityEvents.id, tally.lastId))
    : [];
  return {
    signedInAt: own.at.toISOString(),
    previous: previous ? { at: previous.at.toISOString(), address: previous.address } : null,
    failures: {
      count: tally?.n ?? 0,
      lastAt: last?.at.toISOString() ?? null,
      lastAddress: last?.address ?? null,
    },
  };
}

/** The session as every sign-in step answers it: the notice once it is signed in. */
export async function sessionAnswer(
  db: Pick<Database, 'select'>,
  user: SessionUser,
  stage: SessionStage,
  session: { ref: string },
): Promise<Session> {
  if (stage !== 'signed_in') return { user, stage };
  const signInNotice = await signInNoticeOf(db, user.username, session.ref);
  return signInNotice ? { user, stage, signInNotice } : { user, stage };
}

/**
 * A session has just reached `signed_in`: under a single-session policy every other session of
 * the user ends, each told it was replaced, each in the security audit.
 */
export async function reachSignedIn(
  c: Context<AppEnv>,
  user: SessionUser,
  session: { tokenHash: string; ref: string },
): Promise<void> {
  if (!c.var.securityPolicy.singleSession) return;
  const ended = await endSessionsOf(c.var.db, user.id, 'replaced', { except: session.tokenHash });
  for (const ref of ended) {
    await recordSecurityEvent(
      c.var.db,
      eventOfRequest(c, {
        type: 'session_ended',
        result: 'success',
        actor: user,
        object: user.username,
        detail: { reason: 'replaced', session: ref, by: session.ref },
      }),
    );
  }
}
