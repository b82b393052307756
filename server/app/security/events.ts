import type { Context } from 'hono';
import type { SessionUser } from '../../contract/auth';
import type { SecurityEventResult, SecurityEventType } from '../../contract/security';
import type { Database } from '../../db/database';
import { securityEvents } from '../../db/schema';
import type { AppEnv } from '../context';
import type { Transaction } from '../writes/transaction';

export interface SecurityEventInput {
  type: SecurityEventType;
  result: SecurityEventResult;
  /** Who: a signed-in user, or the username typed at a failed sign-in; null for the system. */
  actor: Pick<SessionUser, 'username' | 'role'> | { username: string; role?: null } | null;
  object?: string | null;
  clientAddress?: string | null;
  detail?: Record<string, unknown> | null;
  at: Date;
}

/**
 * Appends one event to the security audit. Pass the write's transaction when the event belongs
 * to a change (a role granted, a policy set), so both are kept or neither; pass the database
 * for what happens whether or not anything is written (a failed sign-in).
 */
export async function recordSecurityEvent(
  db: Pick<Database | Transaction, 'insert'>,
  event: SecurityEventInput,
): Promise<void> {
  await db.insert(securityEvents).values({
    at: event.at,
    type: event.type,
    result: event.result,
    actor: event.actor?.username ?? null,
    actorRole: event.actor?.role ?? null,
    object: event.object ?? null,
    clientAddress: event.clientAddress ?? null,
    detail: event.detail ?? null,
  });
}

/** An event of the request's signed-in user, from the request's address, at the app's time. */
export function eventOfRequest(
  c: Context<AppEnv>,
  event: Omit<SecurityEventInput, 'actor' | 'clientAddress' | 'at'> & {
    actor?: SecurityEventInput['actor'];
  },
): SecurityEventInput {
  return {
    actor: c.var.user,
    clientAddress: c.var.clientAddress,
    at: c.var.now(),
    ...event,
  };
}
