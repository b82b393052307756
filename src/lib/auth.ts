import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Session, SessionUser } from '@server/contract/auth';
import { hasPermission, type Permission } from '@server/contract/permissions';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * Who is signed in and what the interface offers them. Shared by every screen: the frame shows the
 * user, screens hide the controls a user could not use. The server checks every write on its own.
 */

/** Who is signed in, the sign-in step the session stands at, and the notice of earlier sign-ins. */
export type { Session };

export function getSession({ signal }: { signal?: AbortSignal } = {}): Promise<Session> {
  return apiGet(
    '/api/auth/session',
    () => import('@server/contract/auth').then((contract) => contract.sessionSchema),
    { signal },
  );
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => getSession({ signal }),
  });
}

/**
 * The signed-in user. Every screen but sign-in is behind the root route's guard, which has loaded
 * the session before the screen renders, so this never waits there.
 */
export function useSession(): SessionUser {
  return useSuspenseQuery(getSessionQueryOptions()).data.user;
}

/**
 * Whether `user`'s role has `permission`, by the server's own table (三权分立): the screens show
 * each role what the API lets it do, and the API checks again.
 */
export function can(user: Pick<SessionUser, 'role'>, permission: Permission): boolean {
  return hasPermission(user.role, permission);
}

/** Whether `user` handles their department's problems (本部门问题 is theirs to open). */
export function handlesDepartmentProblems<User extends Pick<SessionUser, 'role' | 'departmentId'>>(
  user: User,
): user is User & { departmentId: number } {
  return can(user, 'handle_department_problems') && user.departmentId !== null;
}

/**
 * The first screen of `user`'s work: a department's problems for its users, the overview for
 * the others who read the chains' data, the security audit for the audit administrator, the
 * users for the security administrator.
 */
export function homeOf(
  user: Pick<SessionUser, 'role' | 'departmentId'>,
): '/department' | '/' | '/security/audit' | '/admin/users' {
  if (handlesDepartmentProblems(user)) return '/department';
  if (can(user, 'read_data')) return '/';
  return can(user, 'read_security_audit') ? '/security/audit' : '/admin/users';
}

/** Whether the signed-in user has `permission`. */
export function useCan(permission: Permission): boolean {
  return can(useSession(), permission);
}

export function canEditChain(user: SessionUser, chainId: number): boolean {
  if (can(user, 'write_all_chains')) return true;
  if (user.role === 'editor') return user.chainIds.includes(chainId);
  return false;
}

/** Whether the signed-in user may change chain `chainId` and what belongs to it. */
export function useCanEditChain(chainId: number): boolean {
  return canEditChain(useSession(), chainId);
}

/**
 * Whether the signed-in user may change records that belong to chain `chainId` (a project, a
 * firm problem); those of no chain only the system administrator may change.
 */
export function useCanEditRecordOf(chainId: number | null): boolean {
  const user = useSession();
  return chainId === null ? can(user, 'write_all_chains') : canEditChain(user, chainId);
}

/**
 * Whether `user` may change a record of several chains (a firm, a park, a cluster): every chain
 * it is in must be theirs; one in no chain is for the system administrator. The server checks
 * again.
 */
export function canEditAllChains(user: SessionUser, chainIds: readonly number[]): boolean {
  if (can(user, 'write_all_chains')) return true;
  return chainIds.length > 0 && chainIds.every((id) => canEditChain(user, id));
}
