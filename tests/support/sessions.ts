import { hashPassword } from '../../server/app/auth/passwords';
import { createSession, SESSION_COOKIE } from '../../server/app/auth/sessions';
import type { UserRole } from '../../server/contract/auth';
import type { Database } from '../../server/db/database';
import { userChainScopes, users } from '../../server/db/schema';

export const TEST_PASSWORD = 'test-password-1';

// Test users' hashes are cheap (1,000 iterations): the stored format keeps the count, so
// verification works the same, and a file of tests need not spend seconds on key stretching.
let cheapHash: Promise<string> | undefined;

let counter = 0;

export interface TestUser {
  id: number;
  username: string;
  displayName: string;
  /** A `Cookie` header value with a live session of this user. */
  cookie: string;
  /** The session token alone, for tests that set the cookie themselves. */
  token: string;
}

/** A user of `role` (editors scoped to `chainIds`) with a session, straight in the database. */
export async function createTestUser(
  db: Database,
  {
    role,
    chainIds = [],
    username,
    departmentId = null,
  }: { role: UserRole; chainIds?: number[]; username?: string; departmentId?: number | null },
): Promise<TestUser> {
  cheapHash ??= hashPassword(TEST_PASSWORD, 1_000);
  counter += 1;
  const name = username ?? `test-${role}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const displayName = `测试${role}${counter}`;
  const [user] = await db
    .insert(users)
    .values({
      username: name,
      displayName,
      role,
      departmentId,
      passwordHash: await cheapHash,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('The test user was not created');
  if (chainIds.length > 0) {
    await db
      .insert(userChainScopes)
      .values(chainIds.map((chainId) => ({ userId: user.id, chainId })));
  }
  const { token } = await createSession(db, user.id, new Date(), { address: 'test' });
  return { id: user.id, username: name, displayName, token, cookie: `${SESSION_COOKIE}=${token}` };
}
