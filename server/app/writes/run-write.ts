import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { idempotencyKeys } from '../../db/schema';
import { raiseDataVersion } from '../queries/data-version';
import type { AppEnv } from '../context';
import { HttpError, IdempotencyKeyReusedError, invalidField } from '../errors';
import type { WriteContext } from './entity';

/**
 * Runs one write in one transaction: all of it lands, or (on any error) none of it. A write that
 * lands raises the data version, which tells readers their cached figures are out of date.
 */
export function runWrite<T>(
  c: Context<AppEnv>,
  work: (context: WriteContext) => Promise<T>,
): Promise<T> {
  return c.var.db.transaction(async (tx) => {
    const result = await work({
      tx,
      user: c.var.user,
      now: c.var.now(),
      indicatorLockAfterDays: c.var.indicatorLockAfterDays,
    });
    await raiseDataVersion(tx);
    return result;
  });
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 100;

export interface CreatedAnswer {
  status: 201;
  body: Record<string, unknown>;
}

/** JSON with every object's keys sorted: one text for one value, whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of what makes a create this create: a file's bytes, or the validated body. */
async function fingerprint(request: unknown): Promise<string> {
  const bytes =
    request instanceof Uint8Array
      ? new Uint8Array(request)
      : new TextEncoder().encode(canonicalJson(request));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs a create once per `Idempotency-Key`: a client that retries after a lost answer gets the
 * first answer again instead of a second record. The key is stored in the create's own
 * transaction, so a create that fails leaves no key behind and may be retried. The same key with
 * another request is a client error (422), never the first answer: that would lose this create.
 *
 * `request` is what a retry must repeat: the validated body (parsed, so key order and unknown
 * fields do not matter; without secrets such as a new user's password, which must not be kept as
 * a fast unsalted hash) or an upload's bytes.
 */
export async function runCreate(
  c: Context<AppEnv>,
  request: unknown,
  work: (context: WriteContext) => Promise<Record<string, unknown>>,
): Promise<CreatedAnswer> {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return { status: 201, body: await runWrite(c, work) };
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw invalidField(IDEMPOTENCY_HEADER, `must be 1 to ${MAX_KEY_LENGTH} characters`);
  }
  const route = `${c.req.method} ${c.req.path}`;
  const userId = c.var.user.id;
  const requestHash = await fingerprint(request);
  const stored = () =>
    c.var.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  const replay = (row: typeof idempotencyKeys.$inferSelect): CreatedAnswer => {
    if (row.route !== route) {
      throw invalidField(IDEMPOTENCY_HEADER, 'was already used for another request');
    }
    if (row.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
    return { status: 201, body: row.body as Record<string, unknown> };
  };

  const [earlier] = await stored();
  if (earlier) return replay(earlier);
  try {
    const body = await runWrite(c, async (context) => {
      const created = await work(context);
      await context.tx.insert(idempotencyKeys).values({
        userId,
        key,
        route,
        requestHash,
        status: 201,
        body: created,
        createdAt: context.now,
      });
      return created;
    });
    return { status: 201, body };
  } catch (error) {
    // The same retry sent twice at once: the other one stored the key first and won; this
    // transaction rolled back, so answer with what the winner made.
    if (!(error instanceof HttpError) && isUniqueViolation(error)) {
      const [winner] = await stored();
      if (winner) return replay(winner);
    }
    throw error;
  }
}

/** PostgreSQL's unique_violation, however deep the drivers wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
