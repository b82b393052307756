import type { SessionUser } from '@server/contract/auth';
import { can, handlesDepartmentProblems, homeOf } from '@/lib/auth';
import { sessionEndReasons } from '@server/contract/domain';
import type { SessionEndReason } from '@server/contract/auth';

/*
 * Where sign-in sends the user afterwards: `?redirect=` comes from the address bar, so anyone can
 * write it. Only a path inside this app is followed; anything else (another site, `//host`,
 * `/\host`, which browsers read as `//host`, or `javascript:`) goes to the overview.
 */

const MAX_LENGTH = 2_000;

export const afterSignInDefault = '/';

/**
 * Where a user goes after sign-in when nothing asked for another page: a department's user to
 * its problems; a task force's editor to their chain (or, with several, to the overview showing
 * just theirs, the city's one click away); viewers and the system administrator to the city's
 * overview; the security administrator to the users, the audit administrator to the security
 * audit.
 */
export function landingFor(user: Pick<SessionUser, 'role' | 'chainIds' | 'departmentId'>): string {
  if (handlesDepartmentProblems(user) || !can(user, 'read_data')) return homeOf(user);
  if (user.role !== 'editor' || user.chainIds.length === 0) return afterSignInDefault;
  return user.chainIds.length === 1 ? `/chains/${String(user.chainIds[0])}` : '/?mine=true';
}

/** The `redirect` search parameter of the sign-in route; unusable values read as unset. */
export function readRedirect(raw: unknown): string | undefined {
  return typeof raw === 'string' && isAppPath(raw) ? raw : undefined;
}

function isAppPath(path: string): boolean {
  if (path.length > MAX_LENGTH || !path.startsWith('/')) return false;
  if (path.startsWith('//') || path.includes('\\')) return false;
  // Control characters are stripped by URL parsing and could turn the path into `//host`.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  if (path.startsWith('/sign-in')) return false;
  const base = 'http://app.invalid';
  return new URL(path, base).origin === base;
}

export interface SignInSearch {
  redirect?: string;
  /** Why the session ended, when the server said so: the page tells the user. */
  ended?: SessionEndReason;
}

/** The sign-in route's search: where to go once signed in, and why the last session ended. */
export function signInSearch(search: Record<string, unknown>): SignInSearch {
  const redirect = readRedirect(search.redirect);
  const ended = sessionEndReasons.find((reason) => reason === search.ended);
  return { ...(redirect && { redirect }), ...(ended && { ended }) };
}
