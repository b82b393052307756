import { eq } from 'drizzle-orm';
import { hashPassword } from '../app/auth/passwords';
import type { Database } from './database';
import { users } from './schema';

const GENERATED_PASSWORD_BYTES = 15;

/**
 * A database with no administrator gets `admin`: with the password from ADMIN_PASSWORD, or a
 * generated one printed this once (it is stored only as a hash). Never runs again once an
 * administrator exists, so a restart cannot reset anyone's password.
 */
export async function ensureAdmin(
  db: Database,
  { password, log }: { password?: string; log: (line: string) => void },
): Promise<void> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'admin'))
    .limit(1);
  if (existing) return;
  const chosen =
    password ??
    btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(GENERATED_PASSWORD_BYTES))))
      .replaceAll('+', '-')
      .replaceAll('/', '_');
  await db.insert(users).values({
    username: 'admin',
    displayName: '管理员',
    role: 'admin',
    passwordHash: await hashPassword(chosen),
  });
  log(
    password
      ? 'Created user admin with the password from ADMIN_PASSWORD'
      : `Created user admin with password ${chosen} — it is shown only now; change it after signing in`,
  );
}
