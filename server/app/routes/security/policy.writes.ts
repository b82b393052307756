import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { apiErrorSchema } from '../../../contract/errors';
import { userRoles } from '../../../contract/domain';
import {
  securityPolicyBodySchema,
  securityPolicySchema,
  type SecurityPolicy,
  type SecurityPolicySettings,
} from '../../../contract/security';
import { conflictSchema } from '../../../contract/writes';
import { securityPolicy } from '../../../db/schema';
import { authorise } from '../../auth/permissions';
import type { AppRouteHandler } from '../../context';
import { ConflictError } from '../../errors';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import {
  DEFAULT_SECURITY_POLICY,
  loadSecurityPolicy,
  storeSecurityPolicy,
} from '../../security/policy';
import type { Transaction } from '../../writes/transaction';
import { jsonResponse } from '../responses';

export const updatePolicy = createRoute({
  method: 'put',
  path: '/security/policy',
  tags: ['security'],
  summary: 'Set the security policy (security administrator)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: securityPolicyBodySchema } },
    },
  },
  responses: {
    200: jsonResponse(securityPolicySchema, 'The policy as saved, with its new version'),
    400: jsonResponse(
      apiErrorSchema,
      'A setting is missing or out of bounds; `error.fields` names each',
    ),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not the security administrator, or sent from another site'),
    409: jsonResponse(
      conflictSchema(securityPolicySchema, 'SecurityPolicyConflict'),
      'The policy changed since the form was opened; `current` is the policy now',
    ),
  },
});

type Setting = keyof SecurityPolicySettings;

/**
 * Locks the policy row for the rest of the transaction, creating it with the defaults (version
 * 1, as `loadSecurityPolicy` reports them while there is no row) if it is not there yet, so two
 * first saves queue up like any two saves and the second meets the first's version.
 */
async function lockPolicy(tx: Transaction): Promise<SecurityPolicy> {
  await tx
    .insert(securityPolicy)
    .values({
      id: 1,
      ...DEFAULT_SECURITY_POLICY,
      version: 1,
      updatedAt: new Date(0),
      updatedBy: null,
    })
    .onConflictDoNothing();
  await tx
    .select({ id: securityPolicy.id })
    .from(securityPolicy)
    .where(eq(securityPolicy.id, 1))
    .for('update');
  return loadSecurityPolicy(tx);
}

/** The settings that differ, each as it was and as it is to be: the event's detail. */
function changes(current: SecurityPolicySettings, next: SecurityPolicySettings) {
  const before: Partial<Record<Setting, unknown>> = {};
  const after: Partial<Record<Setting, unknown>> = {};
  for (const setting of Object.keys(next) as Setting[]) {
    if (JSON.stringify(current[setting]) === JSON.stringify(next[setting])) continue;
    before[setting] = current[setting];
    after[setting] = next[setting];
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}

/**
 * Versioned like every write (a stale version is 409 with the policy now) and audited in the
 * same transaction as a `policy_change` security event holding what changed. Sending the policy
 * as it already is changes nothing and answers it, whatever the version: a retry of a save
 * whose answer was lost gets the policy it saved, not a conflict with itself.
 */
export const handleUpdatePolicy: AppRouteHandler<typeof updatePolicy> = async (c) => {
  authorise(c.var.user, 'manage_security_policy');
  const { version, ...sent } = c.req.valid('json');
  // One order for one set of roles, so a reordered list is no change.
  const settings = {
    ...sent,
    secondFactorRoles: userRoles.filter((role) => sent.secondFactorRoles.includes(role)),
  };
  const now = c.var.now();
  const saved = await c.var.db.transaction(async (tx) => {
    const current = await lockPolicy(tx);
    const { before, after, changed } = changes(current, settings);
    if (!changed) return current;
    if (current.version !== version) throw new ConflictError(current);
    const stamp = { version: version + 1, updatedAt: now, updatedBy: c.var.user.username };
    await storeSecurityPolicy(tx, settings, stamp);
    await recordSecurityEvent(
      tx,
      eventOfRequest(c, {
        type: 'policy_change',
        result: 'success',
        object: 'policy',
        detail: { version: stamp.version, before, after },
      }),
    );
    return {
      ...settings,
      ...stamp,
      updatedAt: now.toISOString(),
      updatedByName: c.var.user.displayName,
    };
  });
  return c.json(securityPolicySchema.parse(saved), 200);
};
