import { eq } from 'drizzle-orm';
import type { UserRole } from '../contract/auth';
import { hashPassword } from '../app/auth/passwords';
import type { Database } from './database';
import { users } from './schema';

const GENERATED_PASSWORD_BYTES = 15;

/** The three administrators of 三权分立, each an account of its own. */
export const firstAdministrators: { role: UserRole; username: string; displayName: string }[] = [
  { role: 'admin', username: 'admin', displayName: '系统管理员' },
  { role: 'security_admin', username: 'security-admin', displayName: '安全管理员' },
  { role: 'audit_admin', username: 'audit-admin', displayName: '审计管理员' },
];

export type AdministratorPasswords = Partial<Record<UserRole, string>>;

function generatedPassword(): string {
  return btoa(
    String.fromCharCode(...crypto.getRandomValues(new Uint8Array(GENERATED_PASSWORD_BYTES))),
  )
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}

/**
 * A database without a system, security or audit administrator gets one of each: with the
 * password from the environment (ADMIN_PASSWORD, SECURITY_ADMIN_PASSWORD, AUDIT_ADMIN_PASSWORD)
 * or a generated one printed this once (it is stored only as a hash). In a real deployment
 * (`mustChangePassword`) each must choose a password of its own at the first sign-in. Never runs
 * again for a role that has an account, so a restart cannot reset anyone's password.
 */
export async function ensureAdministrators(
  db: Database,
  {
    passwords,
    mustChangePassword,
    log,
  }: {
    passwords: AdministratorPasswords;
    mustChangePassword: boolean;
    log: (line: string) => void;
  },
): Promise<void> {
  for (const { role, username, displayName } of firstAdministrators) {
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, role))
      .limit(1);
    if (existing) continue;
    const given = passwords[role];
    const chosen = given ?? generatedPassword();
    await db.insert(users).values({
      username,
      displayName,
      role,
      passwordHash: await hashPassword(chosen),
      mustChangePassword,
    });
    const change = mustChangePassword ? '; it must be changed at the first sign-in' : '';
    log(
      given
        ? `Created user ${username} (${role}) with the password from the environment${change}`
        : `Created user ${username} (${role}) with password ${chosen} — it is shown only now${change}`,
    );
  }
}
