import { and, desc, eq } from 'drizzle-orm';
import { createApp, type App } from '../../../server/app/create-app';
import type { Database } from '../../../server/db/database';
import { securityEvents, users } from '../../../server/db/schema';
import { sampleNow } from '../../support/sample-clock';

/*
 * Signing in through the API as a browser would, step by step, for the tests of the sign-in
 * stages, the second factor and the session rules.
 */

export interface Answer {
  status: number;
  body: unknown;
  /** The session cookie the answer set, as a `Cookie` header (empty when none). */
  cookie: string;
  headers: Headers;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const token = /chainboard_session=([\w-]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    cookie: token ? `chainboard_session=${token}` : '',
    headers: response.headers,
  };
}

/** The app as the Node server builds it, each request's address named by `x-test-address`. */
export function appWithAddresses(db: Database): App {
  return createApp({
    db,
    now: sampleNow,
    clientAddress: (c) => c.req.header('x-test-address') ?? 'unknown',
  });
}

export async function signIn(
  app: App,
  username: string,
  password: string,
  address?: string,
): Promise<Answer> {
  return answerOf(
    await app.request('/api/auth/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(address ? { 'x-test-address': address } : {}),
      },
      body: JSON.stringify({ username, password }),
    }),
  );
}

/** A request of a session (`cookie`): a GET without `body`, a JSON write with one. */
export async function call(
  app: App,
  cookie: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  address?: string,
): Promise<Answer> {
  return answerOf(
    await app.request(path, {
      method,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(address ? { 'x-test-address': address } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

/** The user row as stored. */
export async function storedUser(db: Database, id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(`No user ${id}`);
  return row;
}

/** The security events about `username` of `type`, newest first. */
export function eventsAbout(db: Database, username: string, type: string) {
  return db
    .select()
    .from(securityEvents)
    .where(and(eq(securityEvents.object, username), eq(securityEvents.type, type)))
    .orderBy(desc(securityEvents.id));
}
